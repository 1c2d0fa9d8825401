/// Explicit core-schema tags must fit the node they are on: `!!int` on a scalar that is an
/// integer, `!!map` on a mapping. Other tags (`!money`, `!!timestamp`) are left to
/// schema-aware decoders.
enum TagRules {
    static func validate(scalar: Scalar, range: SourceRange, tag: String) throws(YAMLError) {
        switch tag {
        case Tag.seq, Tag.map:
            throw YAMLError(
                .invalidTaggedValue, file: range.file, at: range.start,
                "a scalar cannot have the tag \(shortTag(tag))", hint: "remove the tag or change the node")
        case Tag.int, Tag.float, Tag.bool, Tag.null:
            guard CoreSchema.resolve(scalar, tag: tag) == nil else { return }
            throw YAMLError(
                .invalidTaggedValue, file: range.file, at: range.start,
                "\"\(scalar.text)\" is not a valid \(shortTag(tag))",
                hint: "remove the tag, or write a value of that type")
        default:
            return
        }
    }

    static func validate(
        collectionTag tag: String, isMapping: Bool, file: String, at start: Mark
    ) throws(YAMLError) {
        let fits: Bool
        switch tag {
        case Tag.map: fits = isMapping
        case Tag.seq: fits = !isMapping
        case Tag.str, Tag.int, Tag.float, Tag.bool, Tag.null: fits = false
        default: fits = true
        }
        guard fits else {
            throw YAMLError(
                .invalidTaggedValue, file: file, at: start,
                "a \(isMapping ? "mapping" : "sequence") cannot have the tag \(shortTag(tag))",
                hint: "remove the tag or change the node")
        }
    }

    /// `tag:yaml.org,2002:int` as people write it: `!!int`.
    static func shortTag(_ tag: String) -> String {
        let prefix = "tag:yaml.org,2002:"
        return tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
    }
}
