package run.cadence.measure;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import run.cadence.CadenceException;
import run.cadence.audio.io.Mp3Reader;
import run.cadence.audio.io.SampleFiles;

/**
 * Decodes a recording into {@link MonoAudio}: WAV, AIFF or AU, and MP3, through the audio layer's one decoder
 * ({@link SampleFiles#read}, {@link Mp3Reader}).
 */
public final class AudioFileReader {
    /** What {@code measure audio} reads, for messages. */
    public static final String RECORDING = "a recording (WAV or MP3)";

    private AudioFileReader() {}

    /**
     * Reads and mixes down a recording.
     *
     * @throws CadenceException (bad input) for a missing, unsupported or broken file, naming it
     */
    public static MonoAudio read(Path file) {
        String name = InputFile.name(file, RECORDING).toLowerCase(Locale.ROOT);
        SampleFiles.Mono mono;
        try {
            if (name.endsWith(".mp3")) {
                if (!looksLikeMp3(file)) {
                    throw CadenceException.badInput(file + ": not an MP3 file (no ID3 tag or MPEG audio frame at the"
                            + " start)");
                }
                mono = Mp3Reader.read(file);
            } else {
                try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                    mono = SampleFiles.read(in, Double.POSITIVE_INFINITY, Files.size(file));
                }
            }
        } catch (SampleFiles.Refused e) {
            throw CadenceException.badInput(file + ": " + switch (e.why()) {
                case NOT_AUDIO -> name.endsWith(".mp3") ? "cannot decode the MP3 (" + firstLine(e.detail()) + ")"
                        : "not a recording Java can read; use a WAV or MP3 file";
                case UNSUPPORTED_ENCODING -> "unsupported audio format (" + e.detail() + ")";
                case COMPRESSED -> "compressed audio (" + e.detail() + ") in a file not named .mp3; use a WAV, or an"
                        + " MP3 named .mp3";
                case TOO_LONG, EMPTY -> "the recording is empty";
            }, e);
        } catch (NoSuchFileException e) {
            throw CadenceException.badInput(file + ": no such file");
        } catch (IOException e) {
            throw CadenceException.badInput(file + ": cannot read the recording (" + e.getMessage() + ")", e);
        }
        return new MonoAudio(mono.samples(), Math.round(mono.sampleRate()));
    }

    private static boolean looksLikeMp3(Path file) throws IOException {
        byte[] head = new byte[3];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 3) < 3) {
                return false;
            }
        }
        boolean id3 = head[0] == 'I' && head[1] == 'D' && head[2] == '3';
        boolean frameSync = (head[0] & 0xff) == 0xff && (head[1] & 0xe0) == 0xe0;
        return id3 || frameSync;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "damaged data";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
