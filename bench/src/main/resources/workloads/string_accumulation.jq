[.rows[] | .name + ","] | join("") | {length: length, text: .}
