"""Read queries the published pages run; kept beside the schema so table names live in one place."""

CLAIM_GROUP = """
select g.*, a.title as first_title, a.url as first_url
from claim_groups g left join articles a on a.id = g.first_article
where g.id = :id
"""

CLAIM_APPEARANCES = """
select c.id as claim_id, c.sentence, c.surface, c.bound, c.attribution, c.hedged, c.published,
       a.id as article_id, a.title, a.url, a.source, a.fetched_at, a.group_role, a.article_group,
       coalesce(s.homepage, '') as source_homepage
from claims c
join articles a on a.id = c.article
left join sources s on s.name = a.source
where c.claim_group = :id
order by coalesce(c.published, a.fetched_at), a.fetched_at, c.id
"""

CLAIM_CONFLICTS = """
select case when k.group_a = :id then k.group_b else k.group_a end as other_group,
       case when k.group_a = :id then k.value_b else k.value_a end as other_value,
       k.relative_difference, g.statement, g.first_source, g.first_published, g.appearances,
       g.independent_origins, g.unit
from claim_conflicts k
join claim_groups g on g.id = case when k.group_a = :id then k.group_b else k.group_a end
where k.group_a = :id or k.group_b = :id
order by g.first_published
"""

CLAIM_REVIEWS = """
select reviewer, verdict, rating, notes, evidence_url, created
from reviews where claim_group = :id order by created desc, id desc
"""
