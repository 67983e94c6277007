package arena.run;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where everything of one experiment's results lives: {@code <out>/<name>/}. */
public record ResultsDir(Path root) {

    public static ResultsDir of(Path out, String name) {
        return new ResultsDir(out.resolve(name));
    }

    public Path trials() {
        return root.resolve("trials");
    }

    public Path trial(String id) {
        return trials().resolve(id);
    }

    public Path metrics(String id) {
        return trial(id).resolve("metrics.json");
    }

    public Path epochs(String id) {
        return trial(id).resolve("epochs.csv");
    }

    public Path config(String id) {
        return trial(id).resolve("config.yaml");
    }

    public Path log(String id) {
        return trial(id).resolve("log.txt");
    }

    public Path error(String id) {
        return trial(id).resolve("error.txt");
    }

    public Path manifest() {
        return root.resolve("manifest.json");
    }

    public Path plan() {
        return root.resolve("plan.csv");
    }

    public boolean isComplete(String id) {
        return Files.isRegularFile(metrics(id));
    }
}
