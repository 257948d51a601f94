package dev.lede;

import java.nio.charset.StandardCharsets;

/** Short news articles written for the load and memory tests, each different from the next. */
public final class VariedArticles {
  private static final String[] NAMES = {"Ellen Sørensen", "Jonas Berg", "Maria Costa", "Li Wei", "Ahmed Karim",
      "Olga Petrova", "Tom Okafor", "Ana Lima", "Hugo Martin", "Sara Nilsson"};
  private static final String[] PLACES = {"Nørreby", "Kastrup", "Aarhus", "Bergen", "Malmö", "Turku", "Gdansk"};
  private static final String[] MONTHS = {"January", "March", "May", "July", "September", "November"};

  /** The {@code i}-th article: different people, places, numbers and dates for every {@code i}. */
  public static byte[] article(int i) {
    String name = NAMES[i % NAMES.length];
    String other = NAMES[(i / 7 + 3) % NAMES.length];
    String place = PLACES[i % PLACES.length];
    return String.join("\n",
        place + " council approves plan number " + i,
        place.toUpperCase(java.util.Locale.ROOT) + " -- The " + place + " council on Tuesday approved a plan worth "
            + (i % 97 + 3) + " million kroner, the " + i + "th of its kind since " + (1990 + i % 30) + ".",
        "Mayor " + name + " said the vote on " + MONTHS[i % MONTHS.length] + " " + (i % 28 + 1) + ", " + (2000 + i % 26)
            + " ended \"years of arguing\" and that work would start soon.",
        "Opponents, led by " + other + ", asked for a referendum on item " + (i * 31 % 1000) + ".",
        "")
        .getBytes(StandardCharsets.UTF_8);
  }


  private VariedArticles() {}
}
