[.items[] | {id, code, scaled: (.v * 3), even: (.v % 2 == 0), pair: [.id, .v]}]
| {count: length, objects: .}
