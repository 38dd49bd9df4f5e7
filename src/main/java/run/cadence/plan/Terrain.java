package run.cadence.plan;

/** Where the session is run, ordered by how hard it is on the IT band (downhill strains it most). */
public enum Terrain {
    UPHILL_TREADMILL("uphill treadmill", "treadmill incline 4 to 6 percent, no downhill on the way home"),
    FLAT("flat", "flat ground"),
    ROLLING_HILLS("rolling hills", "rolling hills, easy even pace");

    private final String label;
    private final String spokenNote;

    Terrain(String label, String spokenNote) {
        this.label = label;
        this.spokenNote = spokenNote;
    }

    public String label() {
        return label;
    }

    public String spokenNote() {
        return spokenNote;
    }
}
