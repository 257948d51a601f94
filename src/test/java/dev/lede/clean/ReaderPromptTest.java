package dev.lede.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lines that speak to the reader about the page, in spellings no word list holds whole. */
class ReaderPromptTest {
  @ParameterizedTest
  @ValueSource(strings = {
    "Listen to this article", "Reuse this content", "Sign up for our weekly newsletter", "Click here to read more",
    "Follow @TownDesk on Twitter", "Skip to main content", "Tap here to add this site to your home screen",
    "Watch the video", "Download our app", "Share this story", "Scroll down for more", "Join us", "See more photos",
  })
  void promptsToTheReaderArePageFurniture(String line) {
    assertTrue(ReaderPrompt.is(line), line);
    assertTrue(ChromeDetector.isChromeLine(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Read the report in full, the minister told the house.",
    "Follow the money.",
    "Watch out for ice on the roads tonight, forecasters have warned drivers in the north.",
    "Police said the man had shared a video of the attack.",
    "Support for the plan fell to 40% in the latest poll, down from 52% in May.",
    "Click",
  })
  void sentencesAndOtherLinesAreNot(String line) {
    assertFalse(ReaderPrompt.is(line), line);
  }
}
