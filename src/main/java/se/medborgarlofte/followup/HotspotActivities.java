package se.medborgarlofte.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Service;
import se.medborgarlofte.promise.PromiseView;
import se.medborgarlofte.reports.Hotspot;
import se.medborgarlofte.reports.Hotspots;
import se.medborgarlofte.shared.NotFoundException;

/**
 * What a promise's activities did inside a hotspot of citizens' place reports: the activities whose point lies in
 * the hotspot's circle, with their hours and counts. Hotspots are read through reports' API by their stable id
 * ({@code H-<oldest report>}, which stays while the hotspot grows) in the promise's first kommun; activities without
 * a point (a place named in words) cannot be placed and are not counted.
 */
@Service
public class HotspotActivities {

  private final PublishedPromises promises;
  private final Activities activities;
  private final Hotspots hotspots;

  HotspotActivities(PublishedPromises promises, Activities activities, Hotspots hotspots) {
    this.promises = promises;
    this.activities = activities;
    this.hotspots = hotspots;
  }

  /** The hotspot as reports names it, and what was done inside it between {@code from} and {@code to}. */
  public record InHotspot(String hotspot, String category, double lat, double lon, int radiusMeters,
      int activities, int activitiesWithoutPoint, BigDecimal hours, Map<String, BigDecimal> counts) {}

  public InHotspot count(UUID promiseId, String hotspotId, LocalDate from, LocalDate to) {
    PromiseView p = promises.require(promiseId);
    Hotspot h = p.municipalityCode() == null ? null : hotspots.in(p.municipalityCode(), null, null, null).stream()
        .filter(x -> x.id().equals(hotspotId)).findFirst().orElse(null);
    if (h == null) {
      throw new NotFoundException("no hotspot " + hotspotId + " in the promise's kommun");
    }
    int inside = 0;
    int withoutPoint = 0;
    BigDecimal hours = BigDecimal.ZERO;
    Map<String, BigDecimal> counts = new TreeMap<>();
    List<Activity> all = activities.list(promiseId, null);
    for (Activity a : all) {
      if ((from != null && a.date().isBefore(from)) || (to != null && a.date().isAfter(to))) {
        continue;
      }
      if (a.lat() == null || a.lon() == null) {
        withoutPoint++;
        continue;
      }
      if (!h.covers(a.lat().doubleValue(), a.lon().doubleValue())) {
        continue;
      }
      inside++;
      hours = a.hoursSpent() == null ? hours : hours.add(a.hoursSpent());
      if (a.counts() != null) {
        a.counts().forEach((name, value) -> counts.merge(name, value, BigDecimal::add));
      }
    }
    return new InHotspot(h.id(), h.category(), h.lat(), h.lon(), h.radiusMeters(), inside, withoutPoint, hours,
        counts);
  }
}
