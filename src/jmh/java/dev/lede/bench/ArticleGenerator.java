package dev.lede.bench;

import java.util.SplittableRandom;

/**
 * Writes news-shaped articles of any size for the benchmarks, from the project's own invented
 * vocabulary (no third-party text): a title line, a dateline, paragraphs of reported speech with people,
 * organisations, places, dates, money and percentages, and now and then a photo caption with a credit.
 * Deterministic for a seed. Sentences are drawn from a space large enough that a 5 MB article repeats
 * almost none of them, so the benchmark measures summarising, not the duplicate remover's shortcut.
 */
public final class ArticleGenerator {
  private static final String[] GIVEN = {
    "Maria", "Tomas", "Aisha", "Jonas", "Priya", "Daniel", "Ingrid", "Kwame", "Sofia", "Mateo",
    "Hannah", "Yusuf", "Elena", "Oliver", "Mei", "Rafael", "Nadia", "Samuel", "Lucia", "Peter",
    "Amara", "Viktor", "Chloe", "Hugo", "Leila", "Marcus", "Ines", "Arjun", "Greta", "Felix"};
  private static final String[] FAMILY = {
    "Okafor", "Lindqvist", "Moreau", "Castellano", "Brennan", "Takahashi", "Kowalski", "Haddad",
    "Fernandes", "Whitfield", "Novak", "Adeyemi", "Larsen", "Ricci", "Chandra", "Murphy", "Schmidt",
    "Delgado", "Petrov", "Nakamura", "Osei", "Bergstrom", "Vasquez", "Harrington", "Mensah", "Duval",
    "Sorensen", "Abbott", "Iqbal", "Keller"};
  private static final String[] ORGS = {
    "the Harbour Trust", "Northgate Energy", "the Ministry of Transport", "Riverside Council",
    "the National Statistics Office", "Meridian Bank", "the Coastal Water Authority",
    "Alder Pharmaceuticals", "the Federation of Small Firms", "Kestrel Airlines",
    "the Central Rail Company", "Bluefield University", "the Food Standards Board",
    "Granite Construction Group", "the Teachers' Union", "Solent Ports Ltd"};
  private static final String[] PLACES = {
    "London", "Lisbon", "Nairobi", "Toronto", "Osaka", "Madrid", "Warsaw", "Dublin", "Accra",
    "Melbourne", "Chicago", "Marseille", "Bergen", "Cairo", "Seoul", "Lima", "Hamburg", "Glasgow",
    "Mumbai", "Auckland"};
  private static final String[] ROLES = {
    "chief executive", "finance minister", "spokeswoman", "spokesman", "council leader", "analyst",
    "head of research", "union secretary", "mayor", "chairman", "director", "professor"};
  private static final String[] MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"};
  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
  private static final String[] TOPICS = {
    "the new tram line", "the budget for schools", "a plan to expand the port", "water prices",
    "the merger talks", "a new flood barrier", "the hospital waiting lists", "fuel duty",
    "the airport's second runway", "rents in the city centre", "the pension reform",
    "the recycling scheme", "a ban on night flights", "the steel plant", "the fishing quotas"};
  private static final String[] VERBS = {
    "rose", "fell", "climbed", "dropped", "grew", "slipped", "recovered", "stalled"};
  private static final String[] OBJECTS = {
    "passenger numbers", "quarterly profits", "house prices", "exports", "ticket sales",
    "energy bills", "unemployment", "applications", "deliveries", "orders"};
  private static final String[] SAYING = {
    "We have waited long enough for a decision", "This is a good day for the whole region",
    "Nobody expected the costs to rise this quickly", "We will keep talking until there is a deal",
    "The figures speak for themselves", "Families cannot afford another increase",
    "It is too early to say what this means for jobs", "We were given no warning at all",
    "The plan has the support of most residents", "We need clear answers by the end of the month"};

  private final SplittableRandom random;
  private int serial;

  public ArticleGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /**
   * Writes the benchmarks' article of a size to a file, for fresh-JVM measurements:
   * {@code java -cp target/benchmarks.jar dev.lede.bench.ArticleGenerator 1MB /tmp/article-1mb.txt}.
   */
  public static void main(String[] args) throws java.io.IOException {
    String text = new ArticleGenerator(Sizes.seed(args[0])).article(Sizes.bytes(args[0]));
    java.nio.file.Files.writeString(java.nio.file.Path.of(args[1]), text);
  }

  /** One article of at least {@code bytes} UTF-8 bytes (it stops after the paragraph that reaches it). */
  public String article(int bytes) {
    StringBuilder b = new StringBuilder(bytes + 1024);
    String place = pick(PLACES);
    b.append(title()).append('\n');
    if (random.nextInt(3) == 0) {
      b.append(caption()).append('\n');
    }
    b.append(place.toUpperCase(java.util.Locale.ROOT)).append(", ").append(pick(MONTHS)).append(' ')
        .append(1 + random.nextInt(28)).append(" (Lede Wire) - ").append(paragraph()).append("\n\n");
    while (b.length() < bytes) { // chars: at least as many UTF-8 bytes
      if (random.nextInt(12) == 0) {
        b.append(caption()).append('\n');
      }
      b.append(paragraph()).append("\n\n");
    }
    return b.toString();
  }

  /** The article as an HTML page with the furniture a real page has (navigation, share bar, footer). */
  public String page(int bytes) {
    String text = article(bytes);
    String[] lines = text.split("\n+");
    StringBuilder b = new StringBuilder(bytes * 2);
    b.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
        .append(escape(lines[0])).append(" | The Lede Gazette</title>\n")
        .append("<meta property=\"og:title\" content=\"").append(escape(lines[0])).append("\">\n")
        .append("<meta property=\"article:published_time\" content=\"2024-03-")
        .append(10 + random.nextInt(18)).append("T09:30:00Z\">\n")
        .append("<script>window.analytics = {page: 'article'};</script>\n")
        .append("<style>body{font-family:serif}</style></head>\n<body>\n")
        .append("<header><nav class=\"site-nav\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a>")
        .append("</li><li><a href=\"/sport\">Sport</a></li><li><a href=\"/weather\">Weather</a></li></ul></nav></header>\n")
        .append("<main><article class=\"story\">\n<h1>").append(escape(lines[0])).append("</h1>\n")
        .append("<div class=\"byline\">By <a rel=\"author\" href=\"/staff\">").append(name()).append("</a></div>\n")
        .append("<div class=\"share-bar\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Share by email</a></div>\n");
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith("[") || line.startsWith("A view")) {
        b.append("<figure><img src=\"/img/").append(i).append(".jpg\" alt=\"\"><figcaption>")
            .append(escape(line)).append("</figcaption></figure>\n");
      } else {
        b.append("<p>").append(escape(line)).append("</p>\n");
      }
    }
    b.append("</article>\n<aside class=\"related\"><h2>Related stories</h2><ul>");
    for (int i = 0; i < 4; i++) {
      b.append("<li><a href=\"/news/").append(i).append("\">").append(escape(title())).append("</a></li>");
    }
    b.append("</ul></aside></main>\n<footer><p>&copy; The Lede Gazette. All rights reserved.</p>")
        .append("<div class=\"cookie-notice\">We use cookies to improve your experience.</div></footer>\n")
        .append("</body></html>\n");
    return b.toString();
  }

  private String title() {
    switch (random.nextInt(3)) {
      case 0:
        return capitalise(pick(ORGS)) + " backs " + pick(TOPICS) + " in " + pick(PLACES);
      case 1:
        return capitalise(pick(OBJECTS)) + " " + pick(VERBS) + " " + (2 + random.nextInt(30)) + "% in " + pick(PLACES);
      default:
        return "Row over " + pick(TOPICS) + " as " + pick(FAMILY) + " quits";
    }
  }

  private String caption() {
    return random.nextBoolean()
        ? "A view of " + pick(PLACES) + " harbour on " + pick(DAYS) + ". [Photo/Lede Wire]"
        : "[Photo: " + name() + "/Lede Wire]";
  }

  private String paragraph() {
    StringBuilder p = new StringBuilder();
    int sentences = 2 + random.nextInt(3);
    for (int i = 0; i < sentences; i++) {
      if (i > 0) {
        p.append(' ');
      }
      p.append(sentence());
    }
    return p.toString();
  }

  private String sentence() {
    serial++;
    String person = name();
    switch (random.nextInt(8)) {
      case 0:
        return capitalise(pick(OBJECTS)) + " " + pick(VERBS) + " by " + (1 + random.nextInt(40)) + "." + random.nextInt(10)
            + "% in the year to " + pick(MONTHS) + ", according to " + pick(ORGS) + ".";
      case 1:
        return "\"" + pick(SAYING) + ",\" said " + person + ", the " + pick(ROLES) + " of " + pick(ORGS) + ".";
      case 2:
        return capitalise(pick(ORGS)) + " said on " + pick(DAYS) + " it would spend $" + (1 + random.nextInt(900))
            + "m on " + pick(TOPICS) + " over the next " + (2 + random.nextInt(9)) + " years.";
      case 3:
        return person + ", who has led the campaign in " + pick(PLACES) + " since " + (1990 + random.nextInt(34))
            + ", told reporters that " + pick(TOPICS) + " had been delayed " + (2 + random.nextInt(12)) + " times.";
      case 4:
        return "Talks are due to resume in " + pick(PLACES) + " on " + (1 + random.nextInt(28)) + " " + pick(MONTHS)
            + " " + (2020 + random.nextInt(6)) + ", when " + pick(FAMILY) + " is expected to present a revised offer.";
      case 5:
        return "Mr. " + pick(FAMILY) + " said more than " + (100 + random.nextInt(9000)) + " people had signed a petition"
            + " against " + pick(TOPICS) + " by " + pick(DAYS) + " evening.";
      case 6:
        return "The " + pick(ROLES) + " of " + pick(ORGS) + ", " + person + ", added: \"" + pick(SAYING) + ".\"";
      default:
        return "A report from " + pick(ORGS) + " estimated the cost at £" + (1 + random.nextInt(99)) + "."
            + random.nextInt(10) + "bn, about " + (serial % 97 + 3) + " times the figure given in " + pick(MONTHS) + ".";
    }
  }

  private String name() {
    return pick(GIVEN) + " " + pick(FAMILY);
  }

  private String pick(String[] words) {
    return words[random.nextInt(words.length)];
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
