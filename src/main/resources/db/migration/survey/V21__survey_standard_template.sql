-- The standard questionnaire, modelled on the police's safety survey (polisens trygghetsmätning): 15 problem items
-- covering the taxonomy, safety and worry, victimisation in the last 12 months, trust, and background. Options run
-- from low to high; a null value is "don't know", left out of every figure. Top box: the answers that count as
-- "a big problem", "unsafe", "worried often", "yes" or "agree".
insert into survey_template (code, version, name, items) values ('standard', 1,
 'Trygghetsmätning – standardenkät (polisens modell)',
 $json$[
 {
  "code": "P_LITTERING",
  "group": "PROBLEM",
  "textSv": "Hur stort problem är nedskräpning i ditt område?",
  "textEn": "How big a problem is littering in your area?",
  "type": "SCALE",
  "category": "LITTERING",
  "options": [
   {
    "code": "NONE",
    "labelSv": "Inget problem alls",
    "labelEn": "No problem at all",
    "value": 0
   },
   {
    "code": "SMALL",
    "labelSv": "Ganska litet problem",
    "labelEn": "A fairly small problem",
    "value": 1
   },
   {
    "code": "FAIRLY",
    "labelSv": "Ganska stort problem",
    "labelEn": "A fairly big problem",
    "value": 2
   },
   {
    "code": "BIG",
    "labelSv": "Mycket stort problem",
    "labelEn": "A very big problem",
    "value": 3
   },
   {
    "code": "DK",
    "labelSv": "Vet ej",
    "labelEn": "Don't know",
    "value": null
   }
  ],
  "topBox": [
   "FAIRLY",
   "BIG"
  ]
 },
 {
  "code": "P_VANDALISM",
  "group": "PROBLEM",
  "textSv": "Hur stort problem är skadegörelse, till exempel klotter eller krossade rutor i ditt område?",
  "textEn": "How big a problem is vandalism such as graffiti or broken windows in your area?",
  "type": "SCALE",
  "category": "VANDALISM",
  "options": [
   {
    "code": "NONE",
    "labelSv": "Inget problem alls",
    "labelEn": "No problem at all",
    "value": 0
   },
   {
    "code": "SMALL",
    "labelSv": "Ganska litet problem",
    "labelEn": "A fairly small problem",
    "value": 1
   },
   {
    "code": "FAIRLY",
    "labelSv": "Ganska stort problem",
    "labelEn": "A fairly big problem",
    "value": 2
   },
   {
    "code": "BIG",
    "labelSv": "Mycket stort problem",
    "labelEn": "A very big problem",
    "value": 3
   },
   {
    "code": "DK",
    "labelSv": "Vet ej",
    "labelEn": "Don't know",
    "value": null
   }
  ],
  "topBox": [
   "FAIRLY",
   "BIG"
  ]
 },
 {
  "code": "P_BURGLARY",
  "group": "PROBLEM",
  "textSv": "Hur stort problem är inbrott i bostäder i ditt område?",
  "textEn": "How big a problem is burglary in homes in your area?",
  "type": "SCALE",
  "category": "BURGLARY",
  "options": [
   {
    "code": "NONE",
    "labelSv": "Inget problem alls",
    "labelEn": "No problem at all",
    "value": 0
   },
   {
    "code": "SMALL",
    "labelSv": "Ganska litet problem",
    "labelEn": "A fairly small problem",
    "value": 1
   },
   {
    "code": "FAIRLY",
    "labelSv": "Ganska stort problem",
    "labelEn": "A fairly big problem",
    "value": 2
   },
   {
    "code": "BIG",
    "labelSv": "Mycket stort problem",
    "labelEn": "A very big problem",
    "value": 3
   },
   {
    "code": "DK",
    "labelSv": "Vet ej",
    "labelEn": "Don't know",
    "value": null
   }
  ],
  "topBox": [
   "FAIRLY",
   "BIG"
  ]
 },
 {
  "code": "P_BIKE_THEFT",
  "group": "PROBLEM",
  "textSv": "Hur stort problem är cykelstölder i ditt område?",
  "textEn": "How big a problem is bicycle theft in your area?",
  "type": "SCALE",
  "category": "THEFT",
  "options": [
   {
    "code": "NONE",
    "labelSv": "Inget problem alls",
    "labelEn": "No problem at all",
    "value": 0
   },
   {
    "code": "SMALL",
    "labelSv": "Ganska litet problem",
    "labelEn": "A fairly small problem",
    "value": 1
   },
   {
    "code": "FAIRLY",
    "labelSv": "Ganska stort problem",
    "labelEn": "A fairly big problem",
    "value": 2
   },
   {
    "code": "BIG",
    "labelSv": "Mycket stort problem",
    "labelEn": "A very big problem",
    "value": 3
   },
   {
    "code": "DK",
    "labelSv": "Vet ej",
    "labelEn": "Don't know",
    "value": null
   }
  ],
  "topBox": [
   "FAIRLY",
   "BIG"
  ]
 },
 {
  "code": "P_CAR_CRIME",
  "group": "PROBLEM",
  "textSv": "Hur stort problem är stölder av eller ur bilar i ditt område?",
  "textEn": "How big a problem is theft of or from cars in your area?",
  "type": "SCALE",
  "category": "THEFT",
  "options": [
   {
    "code": "NONE",
    "labelSv": "Inget problem alls",
    "labelEn": "No problem at all",
    "value": 0
   },
   {
    "code": "SMALL",
    "labelSv": "Ganska litet problem",
    "labelEn": "A fairly small problem",
    "value": 1
   },
   {
    "code": "FAIRLY",
    "labelSv": "Ganska stort problem",
    "labelEn": "A fairly big problem",
    "value": 2
   },
   {
    "code": "BIG",
    "labelSv": "Mycket stort problem",
    "labelEn": "A very big problem",
    "value": 3
   },
   {
    "code": "DK",
    "labelSv": "Vet ej",
    "labelEn": "Don't know",
    "value": null
   }
  ],
  "topBox": [
   "FAIRLY",
   "BIG"
  ]
 },
 {
  "code": "P_DRUGS_OPEN",
  "group": "PROBLEM",
  "textSv": "Hur stort problem är att narkotika säljs eller används öppet i ditt område?",
  "textEn": "How big a problem is drugs dealt or used openly in your area?",
  "type": "SCALE",
  "category": "DRUGS",
  "options": [
   {
    "code": "NONE",
    "labelSv": "Inget problem alls",
    "labelEn": "No problem at all",
    "value": 0
   },
   {
    "code": "SMALL",
    "labelSv": "Ganska litet problem",
    "labelEn": "A fairly small problem",
    "value": 1
   },
   {
    "code": "FAIRLY",
    "labelSv": "Ganska stort problem",
    "labelEn": "A fairly big problem",
    "value": 2
   },
   {
    "code": "BIG",
    "labelSv": "Mycket stort problem",
    "labelEn": "A very big problem",
    "value": 3
   },
   {
    "code": "DK",
    "labelSv": "Vet ej",
    "labelEn": "Don't know",
    "value": null
   }
  ],
  "topBox": [
   "FAIRLY",
   "BIG"
  ]
 },
 {
  "code": "P_SPEEDING",
  "group": "PROBLEM",
  "textSv": "Hur stort problem är att bilar kör för fort i ditt område?",
  "textEn": "How big a problem is cars speeding in your area?",
  "type": "SCALE",
  "category": "TRAFFIC",
  "options": [
   {
    "code": "NONE",
    "labelSv": "Inget problem alls",
    "labelEn": "No problem at all",
    "value": 0
   },
   {
    "code": "SMALL",
    "labelSv": "Ganska litet problem",
    "labelEn": "A fairly small problem",
    "value": 1
   },
   {
    "code": "FAIRLY",
    "labelSv": "Ganska stort problem",
    "labelEn": "A fairly big problem",
    "value": 2
   },
   {
    "code": "BIG",
    "labelSv": "Mycket stort problem",
    "labelEn": "A very big problem",
    "value": 3
   },
   {
    "code": "DK",
    "labelSv": "Vet ej",
    "labelEn": "Don't know",
    "value": null
   }
  ],
  "topBox": [
   "FAIRLY",
   "BIG"
  ]
 },
 {
  "code": "P_RECKLESS_DRIVING",
  "group": "PROBLEM",
  "textSv": "Hur stort problem är vårdslös körning med bil, moped eller motorcykel i ditt område?",
  "textEn": "How big a problem is reckless driving of cars, mopeds or motorcycles in your area?",
  "type": "SCALE",
  "category": "TRAFFIC",
  "options": [
   {
    "code": "NONE",
    "labelSv": "Inget problem alls",
    "labelEn": "No problem at all",
    "value": 0
   },
   {
    "code": "SMALL",
    "labelSv": "Ganska litet problem",
    "labelEn": "A fairly small problem",
    "value": 1
   },
   {
    "code": "FAIRLY",
    "labelSv": "Ganska stort problem",
    "labelEn": "A fairly big problem",
    "value": 2
   },
   {
    "code": "BIG",
    "labelSv": "Mycket stort problem",
    "labelEn": "A very big problem",
    "value": 3
   },
   {
    "code": "DK",
    "labelSv": "Vet ej",
    "labelEn": "Don't know",
    "value": null
   }
  ],
  "topBox": [
   "FAIRLY",
   "BIG"
  ]
 },
 {
  "code": "P_DISORDERLY",
  "group": "PROBLEM",
  "textSv": "Hur stort problem är berusade eller stökiga personer på allmän plats i ditt område?",
  "textEn": "How big a problem is drunk or disorderly people in public places in your area?",
  "type": "SCALE",
  "category": "PUBLIC_DISORDER",
  "options": [
   {
    "code": "NONE",
    "labelSv": "Inget problem alls",
    "labelEn": "No problem at all",
    "value": 0
   },
   {
    "code": "SMALL",
    "labelSv": "Ganska litet problem",
    "labelEn": "A fairly small problem",
    "value": 1
   },
   {
    "code": "FAIRLY",
    "labelSv": "Ganska stort problem",
    "labelEn": "A fairly big problem",
    "value": 2
   },
   {
    "code": "BIG",
    "labelSv": "Mycket stort problem",
    "labelEn": "A very big problem",
    "value": 3
   },
   {
    "code": "DK",
    "labelSv": "Vet ej",
    "labelEn": "Don't know",
    "value": null
   }
  ],
  "topBox": [
   "FAIRLY",
   "BIG"
  ]
 },
 {
  "code": "P_LIGHTING",
  "group": "PROBLEM",
  "textSv": "Hur stort problem är dålig belysning på gator, gångvägar och i parker i ditt område?",
  "textEn": "How big a problem is poor lighting on streets, paths and in parks in your area?",
  "type": "SCALE",
  "category": "UNSAFE_PLACES",
  "options": [
   {
    "code": "NONE",
    "labelSv": "Inget problem alls",
    "labelEn": "No problem at all",
    "value": 0
   },
   {
    "code": "SMALL",
    "labelSv": "Ganska litet problem",
    "labelEn": "A fairly small problem",
    "value": 1
   },
   {
    "code": "FAIRLY",
    "labelSv": "Ganska stort problem",
    "labelEn": "A fairly big problem",
    "value": 2
   },
   {
    "code": "BIG",
    "labelSv": "Mycket stort problem",
    "labelEn": "A very big problem",
    "value": 3
   },
   {
    "code": "DK",
    "labelSv": "Vet ej",
    "labelEn": "Don't know",
    "value": null
   }
  ],
  "topBox": [
   "FAIRLY",
   "BIG"
  ]
 },
 {
  "code": "P_YOUTH_GANGS",
  "group": "PROBLEM",
  "textSv": "Hur stort problem är ungdomsgäng som bråkar eller stör i ditt område?",
  "textEn": "How big a problem is youth gangs causing trouble in your area?",
  "type": "SCALE",
  "category": "YOUTH_CRIME",
  "options": [
   {
    "code": "NONE",
    "labelSv": "Inget problem alls",
    "labelEn": "No problem at all",
    "value": 0
   },
   {
    "code": "SMALL",
    "labelSv": "Ganska litet problem",
    "labelEn": "A fairly small problem",
    "value": 1
   },
   {
    "code": "FAIRLY",
    "labelSv": "Ganska stort problem",
    "labelEn": "A fairly big problem",
    "value": 2
   },
   {
    "code": "BIG",
    "labelSv": "Mycket stort problem",
    "labelEn": "A very big problem",
    "value": 3
   },
   {
    "code": "DK",
    "labelSv": "Vet ej",
    "labelEn": "Don't know",
    "value": null
   }
  ],
  "topBox": [
   "FAIRLY",
   "BIG"
  ]
 },
 {
  "code": "P_ASSAULT",
  "group": "PROBLEM",
  "textSv": "Hur stort problem är misshandel eller våld på allmän plats i ditt område?",
  "textEn": "How big a problem is assault or violence in public places in your area?",
  "type": "SCALE",
  "category": "VIOLENCE",
  "options": [
   {
    "code": "NONE",
    "labelSv": "Inget problem alls",
    "labelEn": "No problem at all",
    "value": 0
   },
   {
    "code": "SMALL",
    "labelSv": "Ganska litet problem",
    "labelEn": "A fairly small problem",
    "value": 1
   },
   {
    "code": "FAIRLY",
    "labelSv": "Ganska stort problem",
    "labelEn": "A fairly big problem",
    "value": 2
   },
   {
    "code": "BIG",
    "labelSv": "Mycket stort problem",
    "labelEn": "A very big problem",
    "value": 3
   },
   {
    "code": "DK",
    "labelSv": "Vet ej",
    "labelEn": "Don't know",
    "value": null
   }
  ],
  "topBox": [
   "FAIRLY",
   "BIG"
  ]
 },
 {
  "code": "P_THREATS",
  "group": "PROBLEM",
  "textSv": "Hur stort problem är hot eller trakasserier i ditt område?",
  "textEn": "How big a problem is threats or harassment in your area?",
  "type": "SCALE",
  "category": "VIOLENCE",
  "options": [
   {
    "code": "NONE",
    "labelSv": "Inget problem alls",
    "labelEn": "No problem at all",
    "value": 0
   },
   {
    "code": "SMALL",
    "labelSv": "Ganska litet problem",
    "labelEn": "A fairly small problem",
    "value": 1
   },
   {
    "code": "FAIRLY",
    "labelSv": "Ganska stort problem",
    "labelEn": "A fairly big problem",
    "value": 2
   },
   {
    "code": "BIG",
    "labelSv": "Mycket stort problem",
    "labelEn": "A very big problem",
    "value": 3
   },
   {
    "code": "DK",
    "labelSv": "Vet ej",
    "labelEn": "Don't know",
    "value": null
   }
  ],
  "topBox": [
   "FAIRLY",
   "BIG"
  ]
 },
 {
  "code": "P_FRAUD",
  "group": "PROBLEM",
  "textSv": "Hur stort problem är bedrägerier, till exempel via telefon eller nätet i ditt område?",
  "textEn": "How big a problem is fraud, for example by phone or online in your area?",
  "type": "SCALE",
  "category": "FRAUD",
  "options": [
   {
    "code": "NONE",
    "labelSv": "Inget problem alls",
    "labelEn": "No problem at all",
    "value": 0
   },
   {
    "code": "SMALL",
    "labelSv": "Ganska litet problem",
    "labelEn": "A fairly small problem",
    "value": 1
   },
   {
    "code": "FAIRLY",
    "labelSv": "Ganska stort problem",
    "labelEn": "A fairly big problem",
    "value": 2
   },
   {
    "code": "BIG",
    "labelSv": "Mycket stort problem",
    "labelEn": "A very big problem",
    "value": 3
   },
   {
    "code": "DK",
    "labelSv": "Vet ej",
    "labelEn": "Don't know",
    "value": null
   }
  ],
  "topBox": [
   "FAIRLY",
   "BIG"
  ]
 },
 {
  "code": "P_UNSAFE_PLACES",
  "group": "PROBLEM",
  "textSv": "Hur stort problem är platser som känns otrygga i ditt område?",
  "textEn": "How big a problem is places that feel unsafe in your area?",
  "type": "SCALE",
  "category": "UNSAFE_PLACES",
  "options": [
   {
    "code": "NONE",
    "labelSv": "Inget problem alls",
    "labelEn": "No problem at all",
    "value": 0
   },
   {
    "code": "SMALL",
    "labelSv": "Ganska litet problem",
    "labelEn": "A fairly small problem",
    "value": 1
   },
   {
    "code": "FAIRLY",
    "labelSv": "Ganska stort problem",
    "labelEn": "A fairly big problem",
    "value": 2
   },
   {
    "code": "BIG",
    "labelSv": "Mycket stort problem",
    "labelEn": "A very big problem",
    "value": 3
   },
   {
    "code": "DK",
    "labelSv": "Vet ej",
    "labelEn": "Don't know",
    "value": null
   }
  ],
  "topBox": [
   "FAIRLY",
   "BIG"
  ]
 },
 {
  "code": "S_EVENING",
  "group": "SAFETY",
  "textSv": "Hur trygg känner du dig om du går ut ensam sent en kväll i ditt område?",
  "textEn": "How safe do you feel walking alone in your area late in the evening?",
  "type": "SCALE",
  "category": "UNSAFE_PLACES",
  "options": [
   {
    "code": "NONE",
    "labelSv": "Mycket trygg",
    "labelEn": "Very safe",
    "value": 0
   },
   {
    "code": "SMALL",
    "labelSv": "Ganska trygg",
    "labelEn": "Fairly safe",
    "value": 1
   },
   {
    "code": "FAIRLY",
    "labelSv": "Ganska otrygg",
    "labelEn": "Fairly unsafe",
    "value": 2
   },
   {
    "code": "BIG",
    "labelSv": "Mycket otrygg",
    "labelEn": "Very unsafe",
    "value": 3
   },
   {
    "code": "DK",
    "labelSv": "Vet ej / går aldrig ut",
    "labelEn": "Don't know / never go out",
    "value": null
   }
  ],
  "topBox": [
   "FAIRLY",
   "BIG"
  ]
 },
 {
  "code": "S_WORRY_ASSAULT",
  "group": "SAFETY",
  "textSv": "Hur ofta oroar du dig för att bli överfallen eller misshandlad?",
  "textEn": "How often do you worry about being attacked or assaulted?",
  "type": "SCALE",
  "options": [
   {
    "code": "NEVER",
    "labelSv": "Aldrig",
    "labelEn": "Never",
    "value": 0
   },
   {
    "code": "SOMETIMES",
    "labelSv": "Någon gång",
    "labelEn": "Sometimes",
    "value": 1
   },
   {
    "code": "OFTEN",
    "labelSv": "Ofta",
    "labelEn": "Often",
    "value": 2
   },
   {
    "code": "DK",
    "labelSv": "Vet ej",
    "labelEn": "Don't know",
    "value": null
   }
  ],
  "topBox": [
   "OFTEN"
  ],
  "category": "VIOLENCE"
 },
 {
  "code": "S_WORRY_BURGLARY",
  "group": "SAFETY",
  "textSv": "Hur ofta oroar du dig för att någon ska bryta sig in i din bostad?",
  "textEn": "How often do you worry about someone breaking into your home?",
  "type": "SCALE",
  "options": [
   {
    "code": "NEVER",
    "labelSv": "Aldrig",
    "labelEn": "Never",
    "value": 0
   },
   {
    "code": "SOMETIMES",
    "labelSv": "Någon gång",
    "labelEn": "Sometimes",
    "value": 1
   },
   {
    "code": "OFTEN",
    "labelSv": "Ofta",
    "labelEn": "Often",
    "value": 2
   },
   {
    "code": "DK",
    "labelSv": "Vet ej",
    "labelEn": "Don't know",
    "value": null
   }
  ],
  "topBox": [
   "OFTEN"
  ],
  "category": "BURGLARY"
 },
 {
  "code": "S_WORRY_CRIME",
  "group": "SAFETY",
  "textSv": "Hur ofta oroar du dig för brottsligheten i samhället?",
  "textEn": "How often do you worry about crime in society?",
  "type": "SCALE",
  "options": [
   {
    "code": "NEVER",
    "labelSv": "Aldrig",
    "labelEn": "Never",
    "value": 0
   },
   {
    "code": "SOMETIMES",
    "labelSv": "Någon gång",
    "labelEn": "Sometimes",
    "value": 1
   },
   {
    "code": "OFTEN",
    "labelSv": "Ofta",
    "labelEn": "Often",
    "value": 2
   },
   {
    "code": "DK",
    "labelSv": "Vet ej",
    "labelEn": "Don't know",
    "value": null
   }
  ],
  "topBox": [
   "OFTEN"
  ]
 },
 {
  "code": "V_THEFT",
  "group": "VICTIM",
  "textSv": "Har du under de senaste 12 månaderna utsatts för stöld i ditt område?",
  "textEn": "In the last 12 months, have you had something stolen in your area?",
  "type": "YES_NO",
  "category": "THEFT",
  "options": [
   {
    "code": "NO",
    "labelSv": "Nej",
    "labelEn": "No",
    "value": 0
   },
   {
    "code": "YES",
    "labelSv": "Ja",
    "labelEn": "Yes",
    "value": 1
   }
  ],
  "topBox": [
   "YES"
  ]
 },
 {
  "code": "V_VANDALISM",
  "group": "VICTIM",
  "textSv": "Har du under de senaste 12 månaderna utsatts för skadegörelse i ditt område?",
  "textEn": "In the last 12 months, have you had property vandalised in your area?",
  "type": "YES_NO",
  "category": "VANDALISM",
  "options": [
   {
    "code": "NO",
    "labelSv": "Nej",
    "labelEn": "No",
    "value": 0
   },
   {
    "code": "YES",
    "labelSv": "Ja",
    "labelEn": "Yes",
    "value": 1
   }
  ],
  "topBox": [
   "YES"
  ]
 },
 {
  "code": "V_ASSAULT",
  "group": "VICTIM",
  "textSv": "Har du under de senaste 12 månaderna utsatts för misshandel i ditt område?",
  "textEn": "In the last 12 months, have you been assaulted in your area?",
  "type": "YES_NO",
  "category": "VIOLENCE",
  "options": [
   {
    "code": "NO",
    "labelSv": "Nej",
    "labelEn": "No",
    "value": 0
   },
   {
    "code": "YES",
    "labelSv": "Ja",
    "labelEn": "Yes",
    "value": 1
   }
  ],
  "topBox": [
   "YES"
  ]
 },
 {
  "code": "V_THREAT",
  "group": "VICTIM",
  "textSv": "Har du under de senaste 12 månaderna utsatts för hot i ditt område?",
  "textEn": "In the last 12 months, have you been threatened in your area?",
  "type": "YES_NO",
  "category": "VIOLENCE",
  "options": [
   {
    "code": "NO",
    "labelSv": "Nej",
    "labelEn": "No",
    "value": 0
   },
   {
    "code": "YES",
    "labelSv": "Ja",
    "labelEn": "Yes",
    "value": 1
   }
  ],
  "topBox": [
   "YES"
  ]
 },
 {
  "code": "V_BURGLARY",
  "group": "VICTIM",
  "textSv": "Har du under de senaste 12 månaderna utsatts för inbrott i bostaden i ditt område?",
  "textEn": "In the last 12 months, have you had your home burgled in your area?",
  "type": "YES_NO",
  "category": "BURGLARY",
  "options": [
   {
    "code": "NO",
    "labelSv": "Nej",
    "labelEn": "No",
    "value": 0
   },
   {
    "code": "YES",
    "labelSv": "Ja",
    "labelEn": "Yes",
    "value": 1
   }
  ],
  "topBox": [
   "YES"
  ]
 },
 {
  "code": "T_POLICE_CARE",
  "group": "TRUST",
  "textSv": "Polisen bryr sig om de lokala problemen i mitt område.",
  "textEn": "The police care about the local problems in my area.",
  "type": "SCALE",
  "options": [
   {
    "code": "NO",
    "labelSv": "Instämmer inte alls",
    "labelEn": "Strongly disagree",
    "value": 0
   },
   {
    "code": "LITTLE",
    "labelSv": "Instämmer i liten grad",
    "labelEn": "Disagree somewhat",
    "value": 1
   },
   {
    "code": "MUCH",
    "labelSv": "Instämmer i hög grad",
    "labelEn": "Agree somewhat",
    "value": 2
   },
   {
    "code": "FULLY",
    "labelSv": "Instämmer helt",
    "labelEn": "Strongly agree",
    "value": 3
   },
   {
    "code": "DK",
    "labelSv": "Vet ej",
    "labelEn": "Don't know",
    "value": null
   }
  ],
  "topBox": [
   "MUCH",
   "FULLY"
  ],
  "category": "POLICE_PRESENCE"
 },
 {
  "code": "T_POLICE_REACH",
  "group": "TRUST",
  "textSv": "Det är lätt att komma i kontakt med polisen i mitt område.",
  "textEn": "It is easy to get in touch with the police in my area.",
  "type": "SCALE",
  "options": [
   {
    "code": "NO",
    "labelSv": "Instämmer inte alls",
    "labelEn": "Strongly disagree",
    "value": 0
   },
   {
    "code": "LITTLE",
    "labelSv": "Instämmer i liten grad",
    "labelEn": "Disagree somewhat",
    "value": 1
   },
   {
    "code": "MUCH",
    "labelSv": "Instämmer i hög grad",
    "labelEn": "Agree somewhat",
    "value": 2
   },
   {
    "code": "FULLY",
    "labelSv": "Instämmer helt",
    "labelEn": "Strongly agree",
    "value": 3
   },
   {
    "code": "DK",
    "labelSv": "Vet ej",
    "labelEn": "Don't know",
    "value": null
   }
  ],
  "topBox": [
   "MUCH",
   "FULLY"
  ],
  "category": "POLICE_PRESENCE"
 },
 {
  "code": "T_KOMMUN_CARE",
  "group": "TRUST",
  "textSv": "Kommunen bryr sig om de lokala problemen i mitt område.",
  "textEn": "The kommun cares about the local problems in my area.",
  "type": "SCALE",
  "options": [
   {
    "code": "NO",
    "labelSv": "Instämmer inte alls",
    "labelEn": "Strongly disagree",
    "value": 0
   },
   {
    "code": "LITTLE",
    "labelSv": "Instämmer i liten grad",
    "labelEn": "Disagree somewhat",
    "value": 1
   },
   {
    "code": "MUCH",
    "labelSv": "Instämmer i hög grad",
    "labelEn": "Agree somewhat",
    "value": 2
   },
   {
    "code": "FULLY",
    "labelSv": "Instämmer helt",
    "labelEn": "Strongly agree",
    "value": 3
   },
   {
    "code": "DK",
    "labelSv": "Vet ej",
    "labelEn": "Don't know",
    "value": null
   }
  ],
  "topBox": [
   "MUCH",
   "FULLY"
  ]
 },
 {
  "code": "B_AGE",
  "group": "BACKGROUND",
  "textSv": "Hur gammal är du?",
  "textEn": "How old are you?",
  "type": "CHOICE",
  "options": [
   {
    "code": "16_24",
    "labelSv": "16–24 år",
    "labelEn": "16–24",
    "value": null
   },
   {
    "code": "25_44",
    "labelSv": "25–44 år",
    "labelEn": "25–44",
    "value": null
   },
   {
    "code": "45_64",
    "labelSv": "45–64 år",
    "labelEn": "45–64",
    "value": null
   },
   {
    "code": "65_85",
    "labelSv": "65–85 år",
    "labelEn": "65–85",
    "value": null
   }
  ],
  "topBox": []
 },
 {
  "code": "B_GENDER",
  "group": "BACKGROUND",
  "textSv": "Är du …",
  "textEn": "Are you …",
  "type": "CHOICE",
  "options": [
   {
    "code": "WOMAN",
    "labelSv": "Kvinna",
    "labelEn": "Woman",
    "value": null
   },
   {
    "code": "MAN",
    "labelSv": "Man",
    "labelEn": "Man",
    "value": null
   },
   {
    "code": "OTHER",
    "labelSv": "Annat / vill inte svara",
    "labelEn": "Other / prefer not to say",
    "value": null
   }
  ],
  "topBox": []
 }
]$json$::jsonb);
