import CEL

/// Reads case lines of the suite's JSON-lines format into ``CELCase`` values.
struct CELCaseDecoder {
    private let values = CELValueJSON()

    /// Decodes the case on `line` (1-based) of `file`.
    func decode(_ text: String, file: String, line: Int) throws(CaseFormatError) -> CELCase {
        let location = "\(file):\(line)"
        func fail(_ message: String) -> CaseFormatError {
            CaseFormatError(location: location, message: message)
        }

        let json: JSON
        do {
            json = try JSON.parse(text)
        } catch {
            throw fail("not a JSON object: \(error)")
        }
        guard let expression = json["expr"]?.string else { throw fail("missing \"expr\"") }
        guard let expect = json["expect"]?.object else { throw fail("missing \"expect\"") }

        var setupFailure: String?
        func convert(_ json: JSON) throws -> Value {
            do {
                return try values.value(json)
            } catch let rejection as CELValueJSON.EngineRejection {
                setupFailure = setupFailure ?? rejection.description
                return .null
            }
        }

        do {
            var bindings: [String: Value] = [:]
            for (name, value) in json["bindings"]?.object ?? [:] {
                bindings[name] = try convert(value)
            }
            var variables: [String: CELType] = [:]
            var functions: [Function] = []
            for (name, declaration) in json["type_env"]?.object ?? [:] {
                if let ident = declaration["ident"]?.string {
                    variables[name] = try CELTypeText().parse(ident)
                } else if let overloads = declaration["function"]?.array {
                    functions.append(try function(name, overloads))
                } else {
                    throw fail("type_env entry \"\(name)\" is neither an ident nor a function")
                }
            }
            return CELCase(
                file: file, line: line,
                section: json["section"]?.string ?? "",
                name: json["name"]?.string ?? "",
                expression: expression,
                bindings: bindings,
                variables: variables,
                functions: functions,
                expectation: try expectation(expect, convert: convert),
                disableCheck: json["disable_check"]?.bool ?? false,
                disableMacros: json["disable_macros"]?.bool ?? false,
                checkOnly: json["check_only"]?.bool ?? false,
                setupFailure: setupFailure
            )
        } catch let error as CaseFormatError {
            throw error
        } catch {
            throw fail("\(error)")
        }
    }

    private func expectation(
        _ expect: [String: JSON], convert: (JSON) throws -> Value
    ) throws
        -> CELCase.Expectation
    {
        if expect["error"]?.bool == true { return .error }
        if expect["unknown"]?.bool == true { return .unknown }
        let value = try expect["value"].map { try convert($0) }
        if let deduced = expect["deduced_type"]?.string {
            return .deducedType(deduced, value: value)
        }
        // Upstream, a test without a result matcher expects `true`.
        return .value(value ?? .bool(true))
    }

    private func function(_ name: String, _ overloads: [JSON]) throws -> Function {
        var result = Function(name: name, overloads: [])
        for overload in overloads {
            let declared = overload["type_params"]?.array?.compactMap(\.string)
            let reader = CELTypeText(typeParameters: declared.map(Set.init))
            let parameters = try (overload["params"]?.array ?? []).map { json throws -> CELType in
                guard let text = json.string else {
                    throw CELValueJSON.FormatError(description: "bad param type")
                }
                return try reader.parse(text)
            }
            let resultType = try reader.parse(overload["result_type"]?.string ?? "dyn")
            var typeParameters = Set<String>()
            for type in parameters + [resultType] { collectTypeParameters(type, into: &typeParameters) }
            result.overloads.append(
                Overload(
                    overload["overload_id"]?.string ?? name, parameters, resultType,
                    member: overload["receiver_style"]?.bool ?? false,
                    typeParameters: typeParameters.sorted()
                )
            )
        }
        return result
    }

    private func collectTypeParameters(_ type: CELType, into names: inout Set<String>) {
        switch type {
        case .typeParameter(let name): names.insert(name)
        case .list(let element), .optional(let element), .type(let element):
            collectTypeParameters(element, into: &names)
        case .map(let key, let value):
            collectTypeParameters(key, into: &names)
            collectTypeParameters(value, into: &names)
        case .opaque(_, let parameters):
            for parameter in parameters { collectTypeParameters(parameter, into: &names) }
        default: break
        }
    }
}
