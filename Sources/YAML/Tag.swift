/// The tags of YAML's core and failsafe schemas, in the resolved form libyaml reports.
public enum Tag {
    public static let str = "tag:yaml.org,2002:str"
    public static let int = "tag:yaml.org,2002:int"
    public static let float = "tag:yaml.org,2002:float"
    public static let bool = "tag:yaml.org,2002:bool"
    public static let null = "tag:yaml.org,2002:null"
    public static let seq = "tag:yaml.org,2002:seq"
    public static let map = "tag:yaml.org,2002:map"
    public static let merge = "tag:yaml.org,2002:merge"
    /// The non-specific tag `!`: the node is a string (or plain collection), never resolved.
    public static let nonSpecific = "!"
}
