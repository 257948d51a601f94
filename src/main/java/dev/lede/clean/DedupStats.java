package dev.lede.clean;

/**
 * What deduplication found.
 *
 * @param copies how many times the whole article appeared (1 when it was not repeated)
 * @param duplicateSegments repeated paragraphs or sentences removed beyond whole copies
 * @param inputChars chars of normalised input
 * @param outputChars chars of cleaned text
 */
public record DedupStats(int copies, int duplicateSegments, int inputChars, int outputChars) {}
