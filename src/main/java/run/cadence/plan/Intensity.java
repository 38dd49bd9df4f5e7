package run.cadence.plan;

/** How hard the running is; speed comes back last, strides before intervals. */
public enum Intensity {
    EASY("easy"),
    STRIDES("easy with strides"),
    INTERVALS("easy with short intervals");

    private final String label;

    Intensity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
