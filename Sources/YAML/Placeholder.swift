// PLACEHOLDER — replaced by the YAML loader work.
import CYAML

public enum YAMLPlaceholder {
    public static var libyamlVersion: String { String(cString: yaml_get_version_string()) }
}
