#pragma once

class QApplication;
struct CommandLineOptions;

/**
 * @brief Runs the viewer window; the entry point for main.cpp in GUI mode.
 *
 * Loads the campaign (options.campaignPath, or the embedded one) and reads
 * its map's files in a worker thread while it builds the window; a broken
 * campaign prints its problems (FILE:LINE:COLUMN: message) on stderr, shows
 * them and returns 1. Checks --date, --district and --language against the
 * campaign (error on stderr, return 1), restores the saved state, applies the
 * options over it, shows the window and runs the event loop. With
 * --quit-after-startup it returns 0 once the map has painted its first frame.
 * Han characters are shown in a Traditional Chinese face where the system has
 * one (the application font's second family).
 */
int runViewer(QApplication &app, const CommandLineOptions &options);
