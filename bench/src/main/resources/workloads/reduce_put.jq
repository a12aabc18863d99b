reduce .rows[] as $r ({}; .[$r.k] = $r.v) | {keys: length, byKey: .}
