package se.medborgarlofte.followup.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A small bar chart drawn on the server as a PNG data URI, so the page and the PDF show the same picture without
 * script, without inline style (the CSP allows {@code data:} images) and without an SVG renderer in the PDF. The
 * figures are always in a table beside it and in the image's alt text; the picture only shows their shape.
 */
final class BarChart {

  /** One bar; {@code low}/{@code high} draw an interval over it when both are set. */
  record Bar(String label, double value, Double low, Double high, boolean highlighted) {}

  private static final int WIDTH = 520;
  private static final int HEIGHT = 220;
  private static final int TOP = 16;
  private static final int BOTTOM = 44;
  private static final Color MAIN = new Color(0x2b, 0x5f, 0x8a);
  private static final Color OTHER = new Color(0x8a, 0x9b, 0xab);
  private static final Font FONT = font();

  private BarChart() {}

  /** The chart as {@code data:image/png;base64,…}; {@code max} is the top of the scale (e.g. 1 for shares). */
  static String png(List<Bar> bars, double max) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      int plot = HEIGHT - TOP - BOTTOM;
      int slot = WIDTH / Math.max(1, bars.size());
      int barWidth = Math.min(80, slot * 3 / 5);
      double top = max <= 0 ? 1 : max;
      g.setColor(Color.DARK_GRAY);
      g.drawLine(0, TOP + plot, WIDTH, TOP + plot);
      for (int i = 0; i < bars.size(); i++) {
        Bar b = bars.get(i);
        int x = i * slot + (slot - barWidth) / 2;
        int h = (int) Math.round(Math.max(0, Math.min(b.value(), top)) / top * plot);
        g.setColor(b.highlighted() ? MAIN : OTHER);
        g.fillRect(x, TOP + plot - h, barWidth, h);
        if (b.low() != null && b.high() != null) {
          int y1 = TOP + plot - (int) Math.round(Math.min(b.high(), top) / top * plot);
          int y2 = TOP + plot - (int) Math.round(Math.max(b.low(), 0) / top * plot);
          int centre = x + barWidth / 2;
          g.setColor(Color.BLACK);
          g.setStroke(new BasicStroke(2));
          g.drawLine(centre, y1, centre, y2);
          g.drawLine(centre - 8, y1, centre + 8, y1);
          g.drawLine(centre - 8, y2, centre + 8, y2);
        }
        if (FONT != null) {
          g.setFont(FONT);
          g.setColor(Color.BLACK);
          int w = g.getFontMetrics().stringWidth(b.label());
          g.drawString(b.label(), i * slot + Math.max(0, (slot - w) / 2), HEIGHT - BOTTOM + 18);
        }
      }
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
  }

  /** The house's embedded font; without it the labels are left out (the table beside names every bar). */
  private static Font font() {
    try (InputStream in = BarChart.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
      return in == null ? null : Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(13f);
    } catch (Exception | Error e) {
      return null;
    }
  }
}
