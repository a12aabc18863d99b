[.rows[].v] | {count: length, total: add, values: .}
