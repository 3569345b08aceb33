package se.medborgarlofte.dialogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.medborgarlofte.organisation.DemoUsers;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.shared.plugin.DemoData;
import se.medborgarlofte.shared.plugin.DemoLoader;

/**
 * An invented safety walk around Båstad station and an open online dialogue, marked as examples, so the kommun
 * page shows what a published dialogue looks like. Loaded once: a second start finds them.
 */
@Component
@DemoData
class DialogueDemo implements DemoLoader {

  private final Dialogues dialogues;
  private final DemoUsers users;
  private final JdbcClient jdbc;

  DialogueDemo(Dialogues dialogues, DemoUsers users, JdbcClient jdbc) {
    this.dialogues = dialogues;
    this.users = users;
    this.jdbc = jdbc;
  }

  @Override
  public int order() {
    return 50;
  }

  @Override
  public void load() {
    if (jdbc.sql("select count(*) from dialogue_dialogue where example").query(Long.class).single() > 0) {
      return;
    }
    Member coordinator = users.get(DemoUsers.COORDINATOR_BASTAD);
    long walk = dialogues.createExample(coordinator, new NewDialogue("1278", DialogueKind.SAFETY_WALK,
        "Trygghetsvandring kring Båstads station (exempel)", LocalDate.of(2026, 10, 14), List.of("JOINT"), null,
        56.4275, 12.8492, new Participants(18, Map.of("WOMEN", 11, "MEN", 7), Map.of("18-29", 3, "30-49", 6,
            "50-64", 5, "65+", 4)), false));
    dialogues.addEntry(coordinator, walk, new NewEntry("Gångtunneln under spåret är mörk och känns otrygg.",
        List.of("UNSAFE_PLACES"), null, 56.4270, 12.8489, "Byta till starkare belysning i tunneln", "kommunen"));
    dialogues.addEntry(coordinator, walk, new NewEntry("Bilar kör fort på Köpmansgatan förbi stationen.",
        List.of("TRAFFIC"), null, 56.4279, 12.8498, "Hastighetskontroller kvällstid", "polisen"));
    dialogues.addEntry(coordinator, walk, new NewEntry("Buskarna vid cykelparkeringen skymmer sikten.",
        List.of("UNSAFE_PLACES"), null, 56.4273, 12.8500, "Beskära buskarna", "bostadsbolaget"));
    dialogues.publishSummary(coordinator, walk, "18 deltagare gick med kommunen och polisen kring stationen. "
        + "Tunneln, hastigheten på Köpmansgatan och sikten vid cykelparkeringen togs upp. (Exempel.)");
    long online = dialogues.createExample(coordinator, new NewDialogue("1278", DialogueKind.ONLINE,
        "Vad gör Båstad tryggare? (exempel)", LocalDate.of(2026, 11, 1), List.of("JOINT"), null, null, null, null,
        true));
    dialogues.publishSummary(coordinator, online, "Berätta var du känner dig otrygg och vad som skulle hjälpa.");
  }
}
