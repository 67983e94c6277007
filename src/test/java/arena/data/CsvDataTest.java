package arena.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import arena.TestSupport;
import arena.spec.Catalog;
import arena.spec.DataSource;
import arena.spec.Task;

class CsvDataTest {
    @TempDir
    Path dir;

    private LoadedData load(String text, String label, Integer index, boolean header, Task task) {
        Path file = TestSupport.write(dir, "d.csv", text);
        return DataSources.read(new DataSource.Csv("d.csv", file, label, index, header, ','), task);
    }

    @Test
    void labelByNameInTheMiddleWithStringClassesSortedAlphabetically() {
        LoadedData d = load("x1,species,x2\n1,versicolor,2\n3,setosa,4\n5,versicolor,6\n", "species", null, true, Task.CLASSIFICATION);
        assertEquals(List.of("setosa", "versicolor"), d.classNames());
        assertArrayEquals(new int[] {1, 0, 1}, d.classes());
        assertEquals(List.of("x1", "x2"), d.featureNames());
        assertArrayEquals(new double[] {3, 4}, d.features().getRow(1).toDoubleVector(), 1e-9);
    }

    @Test
    void wholeNumberClassesSortNumerically() {
        LoadedData d = load("a,y\n1,10\n2,2\n3,1\n", null, null, true, Task.CLASSIFICATION);
        assertEquals(List.of("1", "2", "10"), d.classNames());
        assertArrayEquals(new int[] {2, 1, 0}, d.classes());
    }

    @Test
    void noHeaderWithLabelIndex() {
        LoadedData d = load("0,5,6\n1,7,8\n", null, 0, false, Task.CLASSIFICATION);
        assertEquals(2, d.columns());
        assertArrayEquals(new int[] {0, 1}, d.classes());
    }

    @Test
    void regressionTargetsAndBlankLinesSkipped() {
        LoadedData d = load("a,b,t\n1,2,0.5\n\n3,4,1.5\n", null, null, true, Task.REGRESSION);
        assertEquals(2, d.rows());
        assertArrayEquals(new double[] {0.5, 1.5}, d.targets().getColumn(0).toDoubleVector(), 1e-6);
    }

    @Test
    void bundledSetsLoadWithTheirShapes() {
        LoadedData digits = DataSources.read(new DataSource.Bundled(Catalog.find("digits").orElseThrow()), Task.CLASSIFICATION);
        assertEquals(1797, digits.rows());
        assertEquals(64, digits.columns());
        assertEquals(10, digits.numClasses());
        LoadedData exam = DataSources.read(new DataSource.Bundled(Catalog.find("exam").orElseThrow()), Task.REGRESSION);
        assertEquals(8, exam.rows());
        assertEquals(List.of("study_hours", "sleep_hours", "quiz"), exam.featureNames());
        assertEquals(64, digits.sha256().length());
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("non-numeric cell", "a,b,y\n1,2,0\n3,x,1\n", "row 3, column 2 ('b'): 'x' is not a number"),
                Arguments.of("empty cell", "a,b,y\n1,,0\n3,4,1\n", "row 2, column 2 ('b'): empty cell"),
                Arguments.of("ragged row", "a,b,y\n1,2,0\n3,4\n", "row 3: has 2 columns, expected 3 (as in the header)"),
                Arguments.of("empty file", "", "the file is empty"),
                Arguments.of("header only", "a,b,y\n", "no data rows after the header"),
                Arguments.of("one class only", "a,y\n1,0\n2,0\n", "the label has only one class (0)"),
                Arguments.of("fractional label", "a,y\n1,0.5\n2,1\n", "row 2, column 2 ('y'): label '0.5' is not a class"),
                Arguments.of("infinite value", "a,y\n1,0\nInfinity,1\n", "row 3, column 1 ('a'): 'Infinity' is not a finite number"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badCsvNamesRowAndColumn(String what, String text, String expected) {
        DataException e = assertThrows(DataException.class, () -> load(text, null, null, true, Task.CLASSIFICATION));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().startsWith(dir.resolve("d.csv").toString()), e.getMessage());
    }

    @Test
    void missingLabelColumnListsTheColumns() {
        DataException e = assertThrows(DataException.class, () -> load("a,b,lable\n1,2,0\n", "label", null, true, Task.CLASSIFICATION));
        assertTrue(e.getMessage().contains("no column named 'label' (did you mean 'lable'?); columns: a, b, lable"), e.getMessage());
        DataException e2 = assertThrows(DataException.class, () -> load("1,2,0\n", null, 5, false, Task.CLASSIFICATION));
        assertTrue(e2.getMessage().contains("label column 5: the file has only 3 columns"), e2.getMessage());
    }
}
