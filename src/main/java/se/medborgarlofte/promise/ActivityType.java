package se.medborgarlofte.promise;

/** What kind of action a commitment is; OTHER keeps the list open until a new type is added here. */
public enum ActivityType {
  DNA_MARKING,
  NEIGHBOURHOOD_WATCH,
  TRAFFIC_CONTROL,
  ENVIRONMENT_REVIEW,
  SAFETY_WALK,
  CITIZEN_DIALOGUE,
  PATROL_PRESENCE,
  INFORMATION_CAMPAIGN,
  YOUTH_OR_SCHOOL_VISIT,
  CAMERA,
  OTHER
}
