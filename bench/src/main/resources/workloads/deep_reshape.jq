[.documents[] | {
  id,
  title: .content.header.title,
  lang: .content.header.lang,
  author: {
    name: .meta.author.name,
    city: .meta.author.address.city,
    geo: [.meta.author.address.geo.lat, .meta.author.address.geo.lon]
  },
  words: .content.body.words,
  views: .stats.views.total,
  uniqueViews: .stats.views.unique,
  tags: {first: .meta.tags[0], count: (.meta.tags | length)},
  contributors: [.meta.contributors[].name]
}]
| {count: length, documents: .}
