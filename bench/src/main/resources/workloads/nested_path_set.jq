reduce .rows[] as $r ({byKey: {}}; .byKey[$r.k] = {id: $r.id, v: $r.v, name: $r.name})
