package se.medborgarlofte.example.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import se.medborgarlofte.example.Tips;
import se.medborgarlofte.organisation.CurrentMember;
import se.medborgarlofte.shared.plugin.PublicPage;

/** The example's public page and its small API. */
@Controller
class ExampleControllers {

  private final Tips tips;

  ExampleControllers(Tips tips) {
    this.tips = tips;
  }

  @PublicPage
  @GetMapping("/exempel")
  String page(Model model) {
    model.addAttribute("tips", tips.in("1278"));
    return "example/page";
  }

  @GetMapping(path = "/exempel.atom", produces = "application/atom+xml")
  @ResponseBody
  String feed() {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Tips</title>"
        + "<id>urn:example:tips</id><updated>2026-01-01T00:00:00Z</updated></feed>";
  }

  @GetMapping("/api/v1/example/municipalities/{code}/tips")
  @ResponseBody
  List<Tips.Tip> list(@PathVariable String code) {
    return tips.in(code);
  }

  record NewTip(String text) {}

  @PostMapping("/api/v1/example/municipalities/{code}/tips")
  @ResponseBody
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Long> add(@PathVariable String code, @RequestBody NewTip tip) {
    return Map.of("id", tips.add(CurrentMember.require(), code, tip.text()));
  }
}
