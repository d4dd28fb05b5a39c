"""The app's screens: library, briefing, Brief me, help, and problems."""
