import Testing
import YAML

@Suite struct CoreSchemaTests {
    private func value(_ text: String) throws -> ScalarValue? {
        try #require(try YAMLLoader().load("v: \(text)\n").first)["v"]?.resolvedScalar
    }

    @Test func norwayStaysAString() throws {
        for word in ["NO", "no", "yes", "Yes", "off", "on", "y", "n", "Y"] {
            #expect(try value(word) == .string(word), "\(word)")
        }
    }

    @Test func resolvesTheCoreForms() throws {
        #expect(try value("~") == .null)
        #expect(try value("null") == .null)
        #expect(try value("") == .null)
        #expect(try value("true") == .bool(true))
        #expect(try value("FALSE") == .bool(false))
        #expect(try value("42") == .int(42))
        #expect(try value("-17") == .int(-17))
        #expect(try value("0x1F") == .int(31))
        #expect(try value("0o17") == .int(15))
        #expect(try value("1.5") == .double(1.5))
        #expect(try value("1e3") == .double(1000))
        #expect(try value(".inf") == .double(.infinity))
        #expect(try value("-.Inf") == .double(-.infinity))
        if case .double(let nan) = try value(".nan") {
            #expect(nan.isNaN)
        } else {
            Issue.record("not a double")
        }
        #expect(try value("0b101") == .string("0b101"))
        #expect(try value("1_000") == .string("1_000"))
        #expect(try value("12:30") == .string("12:30"))
        #expect(try value("99999999999999999999") == .double(1e20))
    }

    @Test func anHSCodeKeepsItsText() throws {
        let node = try #require(try YAMLLoader().load("hs: 080450\n").first?["hs"])
        #expect(node.resolvedScalar == .int(80450))
        #expect(node.scalar?.text == "080450")
    }

    @Test func onlyPlainScalarsResolve() throws {
        let doc = try #require(try YAMLLoader().load("a: 'true'\nb: \"1\"\nc: |\n  null\n").first)
        #expect(doc["a"]?.resolvedScalar == .string("true"))
        #expect(doc["b"]?.resolvedScalar == .string("1"))
        #expect(doc["c"]?.resolvedScalar == .string("null\n"))
    }

    @Test func explicitCoreTagsWin() throws {
        let doc = try #require(
            try YAMLLoader().load(
                "a: !!str 12\nb: !!int '7'\nc: !!float 1\nd: !!bool 'true'\ne: !!null ''\nf: !x 3\n"
            ).first)
        #expect(doc["a"]?.resolvedScalar == .string("12"))
        #expect(doc["a"]?.tag == Tag.str)
        #expect(doc["b"]?.resolvedScalar == .int(7))
        #expect(doc["c"]?.resolvedScalar == .double(1))
        #expect(doc["d"]?.resolvedScalar == .bool(true))
        #expect(doc["e"]?.resolvedScalar == .null)
        #expect(doc["f"]?.resolvedScalar == .string("3"))
        #expect(doc["f"]?.tag == "!x")
    }

    @Test func aValueThatDoesNotFitItsTagIsAnError() throws {
        #expect {
            try YAMLLoader().load("a: 1\nb: !!int twelve\n", file: "t.yaml")
        } throws: { error in
            let error = error as? YAMLError
            return error?.kind == .invalidTaggedValue && error?.line == 2 && error?.column == 4
        }
    }
}
