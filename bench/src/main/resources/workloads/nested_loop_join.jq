.customers as $customers
| [.orders[] as $o
   | $customers[]
   | select(.id == $o.customerId)
   | {order: $o.id, customer: .name, country: .country, amount: $o.amount}]
| {count: length, rows: .}
