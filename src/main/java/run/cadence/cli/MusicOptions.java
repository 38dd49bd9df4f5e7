package run.cadence.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import run.cadence.NumberText;
import run.cadence.audio.ClickMode;
import run.cadence.audio.ClickOptions;
import run.cadence.audio.MusicSettings;
import run.cadence.audio.RenderFormat;
import run.cadence.music.LibraryEntry;
import run.cadence.music.Rotation;
import run.cadence.music.TempoFold;
import run.cadence.play.PlayMusic;
import run.cadence.play.SoundSettings;
import run.cadence.store.DataDirectory;
import run.cadence.store.MusicRepository;

/** {@code --music} and how it sounds: the runner's library stretched to the cadence, under the clicks. */
public final class MusicOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--music", description = "Play your music (see cadence music add) at the cadence: tracks whose"
            + " tempo, or its half or double, is within --stretch-limit of it, stretched to it exactly (pitch kept)"
            + " and locked to the clicks; crossfades on a step. In a session, only in steps with a cadence: none in"
            + " walks without one, and none in a session without runs (an uphill walk, strength).")
    boolean on;

    @Option(names = "--click", paramLabel = "on|off|quiet",
            description = "Clicks over music: on, off, or quiet (default with --music: a quieter click on each step).")
    ClickMode click;

    @Option(names = "--music-volume", paramLabel = "PERCENT", description = "Music volume 0-100 (default 80).")
    Integer volume;

    @Option(names = "--music-seed", paramLabel = "N",
            description = "The order the tracks play in: the same seed plays the same music again (default: a new"
                    + " order each time, its seed printed).")
    Long seed;

    @Option(names = "--stretch-limit", paramLabel = "PERCENT",
            description = "How far a track may be sped up or slowed down, 1-12 (default 8).")
    Double limit;

    void validate() {
        if (!on && (click != null || volume != null || limit != null || seed != null)) {
            throw new ParameterException(mixee.commandLine(), "--click, --music-volume, --music-seed and"
                    + " --stretch-limit go with --music");
        }
        if (volume != null && (volume < 0 || volume > 100)) {
            throw new ParameterException(mixee.commandLine(), "--music-volume must be 0-100, not " + volume);
        }
        if (limit != null && !(limit >= 1 && limit <= 12)) {
            throw new ParameterException(mixee.commandLine(), "--stretch-limit must be 1-12 (%), not "
                    + NumberText.plain(limit));
        }
    }

    double stretchLimit() {
        return limit == null ? TempoFold.DEFAULT_LIMIT : limit / 100;
    }

    /** The sound with music: stereo, and the clicks at the chosen level (quiet by default over music). */
    SoundSettings apply(SoundSettings sound) {
        if (!on) {
            return sound;
        }
        ClickOptions c = sound.clickOptions();
        ClickMode mode = click == null ? ClickMode.QUIET : click;
        ClickOptions clicks = new ClickOptions(c.accentEvery(), c.pan(), c.volume() * mode.gain,
                c.duckGain());
        return new SoundSettings(new RenderFormat(sound.format().sampleRate(), 2), sound.click(), clicks,
                sound.voice());
    }

    /**
     * The library's tracks that can serve {@code spm} (a session's run cadence), as a rotation that picks, for each
     * stretch of grid, tracks that fit its tempo; says what was chosen, or why only clicks play.
     */
    Optional<PlayMusic> choose(PrintWriter out, double spm, DataDirectory data) {
        if (!on) {
            return Optional.empty();
        }
        List<Rotation.Candidate> playable = new ArrayList<>();
        if (Files.exists(data.database())) {
            try (MusicRepository library = MusicRepository.open(data)) {
                for (LibraryEntry e : library.all()) {
                    if (e instanceof LibraryEntry.Analysed a && a.analysis().playable()) {
                        playable.add(new Rotation.Candidate(a.stamp().path(), a.analysis()));
                    }
                }
            }
        }
        String cadence = String.format(Locale.ROOT, "%.1f spm", spm);
        if (playable.isEmpty()) {
            out.println("Your music library has no track with a steady beat yet (add some with cadence music add"
                    + " ~/Music): playing clicks only.");
            return Optional.empty();
        }
        List<Rotation.Candidate> fit = Rotation.fitting(playable, spm, stretchLimit());
        String within = String.format(Locale.ROOT, "±%.0f%%", stretchLimit() * 100);
        if (fit.isEmpty()) {
            out.println("No track in your music library fits " + cadence + " (its tempo, half or double within "
                    + within + "; see cadence music): playing clicks only.");
            return Optional.empty();
        }
        out.println(String.format(Locale.ROOT, "Music: %d of %s fit %s (tempo, half or double within %s),"
                + " stretched to it and locked to the clicks; clicks %s.", fit.size(),
                Plural.of(playable.size(), "track"), cadence, within,
                (click == null ? ClickMode.QUIET : click).name().toLowerCase(Locale.ROOT)));
        long order = seed != null ? seed : new java.util.SplittableRandom().nextInt(1, 100_000);
        out.println("Track order " + order + " (--music-seed " + order + " plays the same order again).");
        MusicSettings defaults = MusicSettings.DEFAULT;
        float v = volume == null ? defaults.volume() : volume / 100f;
        return Optional.of(new PlayMusic(Rotation.shuffled(playable, stretchLimit(), order),
                new MusicSettings(v, defaults.duckGain(), defaults.crossfadeSteps())));
    }
}
