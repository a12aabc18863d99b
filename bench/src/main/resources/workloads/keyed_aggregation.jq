reduce .rows[] as $r ({}; .[$r.k] += $r.v)
