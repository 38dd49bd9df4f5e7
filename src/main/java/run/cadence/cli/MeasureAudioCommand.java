package run.cadence.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import run.cadence.measure.AudioFileReader;
import run.cadence.measure.FootstepDetector;
import run.cadence.measure.InputFile;
import run.cadence.measure.StepRate;

@Command(name = "audio",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Read your cadence from a recording of your footsteps on a treadmill (WAV, MP3, FLAC, Ogg"
                        + " Vorbis or AIFF, at most " + FootstepDetector.MAX_MINUTES + " minutes).",
                "Put the phone near the belt, run steadily for at least 30 s, then stop the recording."},
        footer = {"", "Examples:", "  cadence measure audio treadmill.wav",
                "  cadence measure audio treadmill.wav --increase 7.5%% --save"})
final class MeasureAudioCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @ParentCommand
    MeasureCommand measure;

    @Mixin
    MeasureResultOptions options;

    @Parameters(paramLabel = "FOOTSTEPS.wav|.mp3", description = "The recording.")
    Path recording;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        FootstepDetector.Measured measured = FootstepDetector.cadence(recording);
        StepRate rate = measured.rate();
        out.println(String.format(Locale.ROOT, "%s: %s used in %.1f s (%d missed, %s left out)",
                recording, Plural.of(rate.stepsUsed(), "step"), measured.seconds(), rate.missed(),
                Plural.of(rate.extra(), "extra sound")));
        out.println("Cadence " + rate.describe());
        measure.report(out, rate.stepsPerMinute(), options,
                InputFile.name(recording, AudioFileReader.RECORDING), "only one foot is heard; move the phone between the feet");
    }
}
