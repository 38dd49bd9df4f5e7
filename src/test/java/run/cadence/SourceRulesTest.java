package run.cadence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.source.tree.CaseTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The definition of done's rules about the sources themselves, read with javac's own parser and type checker
 * ({@code com.sun.source}) over {@code src/main/java}: no file over 300 lines, no method over 60 lines without a
 * comment saying why it is long, and no {@code default} branch in a switch over an enum, which would quietly swallow
 * a value added later (list every constant instead, so the compiler points at each switch to revisit).
 */
class SourceRulesTest {
    static final int MAX_FILE_LINES = 300;
    static final int MAX_METHOD_LINES = 60;
    /** What a long method's comment (its Javadoc, or comments just above it) must say. */
    static final Pattern WHY_LONG = Pattern.compile("(?i)\\blong(er)?\\b[^.]*\\bbecause\\b");

    private static final Path MAIN = Path.of("src", "main", "java");
    private static List<Finding> findings;

    record Finding(String rule, String where) {}

    @BeforeAll
    static void analyse() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(MAIN)) {
            files = s.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        findings = analyse(files.stream().map(SourceRulesTest::source).toList());
    }

    private static JavaFileObject source(Path file) {
        try {
            return source(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JavaFileObject source(String name, String text) {
        return new SimpleJavaFileObject(URI.create("string:///" + name), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        };
    }

    /** Parses and type-checks {@code sources} (on this test's class path) and lists what breaks a rule. */
    static List<Finding> analyse(List<JavaFileObject> sources) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        JavacTask task = (JavacTask) javac.getTask(null, null, null,
                List.of("-proc:none", "-classpath", System.getProperty("java.class.path")), null, sources);
        Iterable<? extends CompilationUnitTree> units = task.parse();
        task.analyze();
        Trees trees = Trees.instance(task);
        List<Finding> found = new ArrayList<>();
        for (CompilationUnitTree unit : units) {
            String name = unit.getSourceFile().getName();
            LineMap lines = unit.getLineMap();
            String text = unit.getSourceFile().getCharContent(true).toString();
            long fileLines = text.lines().count();
            if (fileLines > MAX_FILE_LINES) {
                found.add(new Finding("file over " + MAX_FILE_LINES + " lines", name + " (" + fileLines + ")"));
            }
            new Rules(trees, unit, lines, text, found).scan(unit, null);
        }
        return found;
    }

    /** Walks one file: long methods and enum switches with a default branch. */
    private static final class Rules extends TreePathScanner<Void, Void> {
        private final Trees trees;
        private final SourcePositions positions;
        private final CompilationUnitTree unit;
        private final LineMap lines;
        private final String text;
        private final List<Finding> found;

        Rules(Trees trees, CompilationUnitTree unit, LineMap lines, String text, List<Finding> found) {
            this.trees = trees;
            this.positions = trees.getSourcePositions();
            this.unit = unit;
            this.lines = lines;
            this.text = text;
            this.found = found;
        }

        private String where(Tree tree) {
            return Path.of(unit.getSourceFile().getName()).getFileName() + ":"
                    + lines.getLineNumber(positions.getStartPosition(unit, tree));
        }

        @Override
        public Void visitMethod(MethodTree method, Void unused) {
            if (method.getBody() != null) {
                long first = lines.getLineNumber(positions.getStartPosition(unit, method));
                long last = lines.getLineNumber(positions.getEndPosition(unit, method));
                long length = last - first + 1;
                if (length > MAX_METHOD_LINES && !saysWhyLong(method)) {
                    found.add(new Finding("method over " + MAX_METHOD_LINES + " lines without a comment saying why",
                            where(method) + " " + method.getName() + " (" + length + ")"));
                }
            }
            return super.visitMethod(method, unused);
        }

        /** The Javadoc, or the comments between the previous member (or the class's brace) and the method. */
        private boolean saysWhyLong(MethodTree method) {
            String doc = trees.getDocComment(getCurrentPath());
            if (doc != null && WHY_LONG.matcher(doc).find()) {
                return true;
            }
            int start = (int) positions.getStartPosition(unit, method);
            int from = Math.max(text.lastIndexOf('}', start), text.lastIndexOf(';', start));
            from = Math.max(from, text.lastIndexOf('{', start));
            return WHY_LONG.matcher(text.substring(Math.max(0, from), start)).find();
        }

        @Override
        public Void visitSwitch(SwitchTree node, Void unused) {
            check(node.getExpression(), node.getCases(), node);
            return super.visitSwitch(node, unused);
        }

        @Override
        public Void visitSwitchExpression(SwitchExpressionTree node, Void unused) {
            check(node.getExpression(), node.getCases(), node);
            return super.visitSwitchExpression(node, unused);
        }

        private void check(ExpressionTree selector, List<? extends CaseTree> cases, Tree node) {
            TypeMirror type = trees.getTypeMirror(new TreePath(getCurrentPath(), selector));
            boolean overEnum = type instanceof DeclaredType d && d.asElement().getKind() == ElementKind.ENUM;
            boolean hasDefault = cases.stream().anyMatch(c -> c.getExpressions().isEmpty());
            if (overEnum && hasDefault) {
                found.add(new Finding("default branch in a switch over an enum", where(node) + " "
                        + ((DeclaredType) type).asElement().getSimpleName()));
            }
        }
    }

    private static List<String> broken(String rule) {
        return findings.stream().filter(f -> f.rule().startsWith(rule)).map(Finding::where).toList();
    }

    @Test
    void noProductionFileIsOver300Lines() {
        assertEquals(List.of(), broken("file over"));
    }

    @Test
    void noMethodIsOver60LinesWithoutSayingWhy() {
        assertEquals(List.of(), broken("method over"));
    }

    @Test
    void noSwitchOverAnEnumHasADefaultBranch() {
        assertEquals(List.of(), broken("default branch"));
    }

    /** The checks themselves: each finds what it is for, and leaves alone what it must not flag. */
    @Test
    void theChecksFindWhatTheyAreFor() throws IOException {
        StringBuilder longMethod = new StringBuilder("    int tooLong() {\n        int x = 0;\n");
        for (int i = 0; i < MAX_METHOD_LINES; i++) {
            longMethod.append("        x++;\n");
        }
        longMethod.append("        return x;\n    }\n");
        String body = "package p;\nclass A {\n    enum E { ONE, TWO }\n"
                + "    int swallows(E e) {\n        switch (e) {\n            case ONE: return 1;\n"
                + "            default: return 2;\n        }\n    }\n"
                + "    int arrow(E e) {\n        return switch (e) { case ONE -> 1; default -> 2; };\n    }\n"
                + "    int complete(E e) {\n        return switch (e) { case ONE -> 1; case TWO -> 2; };\n    }\n"
                + "    int text(String s) {\n        switch (s) { case \"a\": return 1; default: return 2; }\n    }\n"
                + longMethod
                + "    /** Long because it spells out every case. */\n" + longMethod.toString().replace("tooLong",
                        "explained")
                + "}\n";
        List<Finding> f = analyse(List.of(source("p/A.java", body)));
        assertEquals(List.of("A.java:5 E", "A.java:11 E"), f.stream()
                .filter(x -> x.rule().startsWith("default")).map(Finding::where).toList());
        assertEquals(List.of("A.java:19 tooLong (" + (MAX_METHOD_LINES + 4) + ")"), f.stream()
                .filter(x -> x.rule().startsWith("method")).map(Finding::where).toList());
        String longFile = "package p;\nclass B {\n" + "    // filler\n".repeat(MAX_FILE_LINES) + "}\n";
        assertEquals(1, analyse(List.of(source("p/B.java", longFile))).stream()
                .filter(x -> x.rule().startsWith("file over")).count());
    }
}
