package dev.ryugaku.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.ryugaku.core.shared.MessageKeyed;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every visible text is translated: both bundles hold the same keys, every key the code asks for
 * exists, and no view sets a literal text.
 */
class MessageBundlesTest {

    private static final Path WEB_SOURCES = Path.of("src/main/java");
    private static final Pattern TRANSLATION_CALL = Pattern.compile("getTranslation\\((?:[A-Za-z.]+,\\s*)?\"([^\"]+)\"");
    /** A string literal with letters handed to something that shows it. */
    private static final Pattern LITERAL_TEXT = Pattern.compile(
            "(?:\\.(?:setText|setLabel|setTitle|setPlaceholder|setHelperText|setErrorMessage|setHeader|setConfirmText"
                    + "|setCancelText|setRejectText|setTooltipText|setAriaLabel|setEmptyStateText|addItem|add)"
                    + "|new (?:Span|Button|H1|H2|H3|H4|H5|H6|Paragraph|Anchor|Text|TextField|TextArea|PasswordField"
                    + "|EmailField|IntegerField|NumberField|DatePicker|DateTimePicker|TimePicker|ComboBox|Checkbox"
                    + "|RadioButtonGroup|Select|Tab|SideNavItem|RouterLink|Details|Notification|Div|ListItem)"
                    + "|Notification\\.show)\\(\\s*\"[^\"]*\\p{L}[^\"]*\"");

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/messages_" + language + ".properties")) {
            assertThat(in).as("messages_%s.properties", language).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void japaneseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> japanese = new TreeSet<>(bundle("ja").stringPropertyNames());
        Set<String> english = new TreeSet<>(bundle("en").stringPropertyNames());
        assertThat(japanese).as("keys only in Japanese").containsAll(english);
        assertThat(english).as("keys only in English").containsAll(japanese);
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        for (String language : new String[] {"ja", "en"}) {
            Properties bundle = bundle(language);
            assertThat(bundle.stringPropertyNames()).allSatisfy(key ->
                    assertThat(bundle.getProperty(key)).as("%s in %s", key, language).isNotBlank());
        }
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Properties japanese = bundle("ja");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(WEB_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher call = TRANSLATION_CALL.matcher(Files.readString(file));
                while (call.find()) {
                    // a key ending in "." is a prefix completed at run time; everyAuditedActionAndFieldHasAName checks those
                    if (!call.group(1).endsWith(".") && !japanese.containsKey(call.group(1))) {
                        missing.add(file.getFileName() + ": " + call.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyRuleStatusAndRoleOfCoreHasAMessage() throws IOException {
        Properties japanese = bundle("ja");
        List<String> missing = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.ryugaku")) {
            if (type.isEnum() && type.isAssignableTo(MessageKeyed.class)) {
                for (Object constant : type.reflect().getEnumConstants()) {
                    String key = ((MessageKeyed) constant).messageKey();
                    if (!japanese.containsKey(key)) {
                        missing.add(key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(japanese).containsKeys("error.concurrentEdit", "error.notFound", "error.notPermitted");
    }

    @Test
    void everyAuditedActionAndFieldHasAName() throws IOException {
        Properties japanese = bundle("ja");
        Pattern action = Pattern.compile("auditLog\\.record\\([^;]*?\"([A-Z_]+)\"", Pattern.DOTALL);
        Pattern field = Pattern.compile("\\.compare\\(\"([a-zA-Z]+)\"");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("../core/src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher actions = action.matcher(source);
                while (actions.find()) {
                    if (!japanese.containsKey("audit.action." + actions.group(1))) {
                        missing.add("audit.action." + actions.group(1));
                    }
                }
                Matcher fields = field.matcher(source);
                while (fields.find()) {
                    String name = fields.group(1);
                    if (japanese.stringPropertyNames().stream().noneMatch(k -> k.startsWith("audit.field.") && k.endsWith("." + name))) {
                        missing.add("audit.field.*." + name);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void noViewSetsALiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        try (Stream<Path> files = Files.walk(WEB_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (LITERAL_TEXT.matcher(lines.get(i)).find()) {
                        literals.add(file.getFileName() + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(literals).as("texts must come from the message bundles").isEmpty();
    }

    @Test
    void theLiteralTextCheckCatchesALiteral() {
        assertThat(LITERAL_TEXT.matcher("add(new Span(\"こんにちは\"));").find()).isTrue();
        assertThat(LITERAL_TEXT.matcher("button.setText(\"Save\");").find()).isTrue();
        assertThat(LITERAL_TEXT.matcher("button.setText(getTranslation(\"action.save\"));").find()).isFalse();
        assertThat(LITERAL_TEXT.matcher("pageTitle.setText(\"\");").find()).isFalse();
    }
}
