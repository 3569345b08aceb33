package se.medborgarlofte.shared.plugin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Composes a page from the sections modules contribute for it, in their order, and collects the feeds they announce.
 * The page's controller calls {@link #addTo}; its template iterates {@code pageSections} and the layout {@code pageFeeds}.
 */
@Component
public class PageSections {

  private final List<PageSection> all;

  PageSections(List<PageSection> all) {
    this.all = all.stream().sorted(Comparator.comparingInt(PageSection::order)).toList();
  }

  public void addTo(PageSection.Page page, PageContext context, Model model) {
    List<ComposedSection> sections = new ArrayList<>();
    Set<FeedLink> feeds = new LinkedHashSet<>(feedsAlreadyOn(model));
    for (PageSection section : all) {
      if (section.page() != page) {
        continue;
      }
      section.content(context).ifPresent(content -> {
        sections.add(new ComposedSection(section.template(), content.model()));
        feeds.addAll(content.feeds());
      });
    }
    model.addAttribute("pageSections", sections);
    model.addAttribute("pageFeeds", List.copyOf(feeds));
  }

  @SuppressWarnings("unchecked")
  private static List<FeedLink> feedsAlreadyOn(Model model) {
    Object existing = model.getAttribute("pageFeeds");
    return existing instanceof List<?> list ? (List<FeedLink>) list : List.of();
  }
}
