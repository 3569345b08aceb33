package se.medborgarlofte.dialogue.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.medborgarlofte.dialogue.DialogueQueries;
import se.medborgarlofte.dialogue.DialogueView;
import se.medborgarlofte.dialogue.Dialogues;
import se.medborgarlofte.dialogue.NewEntry;
import se.medborgarlofte.shared.NotFoundException;
import se.medborgarlofte.shared.ProblemCategories;
import se.medborgarlofte.shared.forms.FormPage;

/** An open online dialogue's public page: a citizen writes an entry without JavaScript; it is moderated first. */
@Controller
class OnlineDialogueController {

  private final Dialogues dialogues;
  private final DialogueQueries queries;
  private final ProblemCategories categories;

  OnlineDialogueController(Dialogues dialogues, DialogueQueries queries, ProblemCategories categories) {
    this.dialogues = dialogues;
    this.queries = queries;
    this.categories = categories;
  }

  @GetMapping("/dialoger/{id}")
  String page(@PathVariable long id, @RequestParam(required = false) String tack, Model model) {
    return page(dialogue(id), null, List.of(), tack != null, model);
  }

  @PostMapping("/dialoger/{id}")
  String submit(@PathVariable long id, @RequestParam(required = false) String text,
      @RequestParam(required = false) List<String> problemCategories, Model model, HttpServletResponse response) {
    DialogueView d = dialogue(id);
    List<String> chosen = problemCategories == null ? List.of() : problemCategories;
    return FormPage.submit(model, response, () -> page(d, text, chosen, false, model), () -> {
      dialogues.submitFromPublic(id, new NewEntry(text, chosen, null, null, null, null, null));
      return "redirect:/dialoger/" + id + "?tack";
    });
  }

  private String page(DialogueView d, String text, List<String> chosen, boolean thanks, Model model) {
    model.addAttribute("d", d);
    model.addAttribute("text", text);
    model.addAttribute("chosen", chosen);
    model.addAttribute("thanks", thanks);
    model.addAttribute("categories", categories.all());
    return "dialogue/online";
  }

  private DialogueView dialogue(long id) {
    return queries.openOnline(id).orElseThrow(() -> new NotFoundException("no open online dialogue " + id));
  }
}
