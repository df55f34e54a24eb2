package vn.motcua.catalog.exchange;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Loads the project's YAML data safely and the YAML 1.2 way: only true/false are booleans, so
 * the step key {@code no:} of the reference files stays the string "no".
 */
public final class YamlDocuments {

    private YamlDocuments() {
    }

    public static Map<String, Object> load(InputStream in) {
        LoaderOptions options = new LoaderOptions();
        return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(), options,
                new Yaml12Booleans()).load(in);
    }

    private static final class Yaml12Booleans extends Resolver {
        private static final Pattern BOOL = Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$");

        @Override
        public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
            super.addImplicitResolver(tag, Tag.BOOL.equals(tag) ? BOOL : regexp, first, limit);
        }
    }
}
