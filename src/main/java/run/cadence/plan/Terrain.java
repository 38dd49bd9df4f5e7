package run.cadence.plan;

/**
 * Where the session is run, ordered by how hard it is on the IT band (downhill strains it most). The spoken
 * note is part of the session's content, like the notes in the built-in workout files.
 */
public enum Terrain {
    UPHILL_TREADMILL("treadmill incline 4 to 6 percent, no downhill on the way home"),
    FLAT("flat ground"),
    ROLLING_HILLS("rolling hills, easy even pace; short quick steps downhill");

    private final String spokenNote;

    Terrain(String spokenNote) {
        this.spokenNote = spokenNote;
    }

    public String spokenNote() {
        return spokenNote;
    }
}
