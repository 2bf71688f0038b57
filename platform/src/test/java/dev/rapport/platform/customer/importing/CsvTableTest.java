package dev.rapport.platform.customer.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void namesTheRowThatIsNotUtf8() {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes("First name,Last name\n".getBytes(StandardCharsets.UTF_8));
        for (int row = 2; row <= 18; row++) {
            file.writeBytes(("Ann,Smith" + row + "\n").getBytes(StandardCharsets.UTF_8));
        }
        file.writeBytes("Jürgen,Müller\nAnn,Last\n".getBytes(StandardCharsets.ISO_8859_1));
        List<Long> read = new ArrayList<>();

        try (CsvTable table = CsvTable.open(new ByteArrayInputStream(file.toByteArray()))) {
            assertThatThrownBy(() -> {
                for (CsvTable.Row row; (row = table.next()) != null; ) {
                    read.add(row.number());
                }
            }).isInstanceOfSatisfying(UnreadableCsvException.class,
                    e -> assertThat(e.userMessage()).isEqualTo(ImportMessage.of("import.notUtf8", 19)));
        }
        assertThat(read).as("the rows before the bad one are read").hasSize(17).endsWith(18L);
    }

    @Test
    void namesTheHeaderWhenItIsNotUtf8() {
        byte[] file = "Vorname,Straße\nA,B\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> CsvTable.open(new ByteArrayInputStream(file)))
                .isInstanceOfSatisfying(UnreadableCsvException.class,
                        e -> assertThat(e.userMessage()).isEqualTo(ImportMessage.of("import.notUtf8", 1)));
    }
}
