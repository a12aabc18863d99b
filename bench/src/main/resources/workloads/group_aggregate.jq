(reduce .records[] as $r ({}; .[$r.category] += [$r.amount]))
| map_values({count: length, total: add, avg: (add / length)})
| {groups: length, byCategory: .}
