package run.cadence.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/** A runner at a terminal answering from a script (null after the last answer: the end of input), heard in order. */
final class ScriptedQuestions implements Environment.Questions {
    private final Deque<String> answers;
    /** The prompts asked and the lines said, in order, a prompt ending with its answer after "|". */
    final List<String> heard = new ArrayList<>();

    ScriptedQuestions(String... answers) {
        this.answers = new ArrayDeque<>(Arrays.asList(answers));
    }

    @Override
    public String ask(String prompt) {
        String answer = answers.poll();
        heard.add(prompt + "|" + answer);
        return answer;
    }

    @Override
    public void say(String line) {
        heard.add(line);
    }
}
