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

CLAIM_REVIEW_STATUS = """
select verdict, rating, reviewer, created from reviews
where claim_group = :id order by created desc, id desc limit 1
"""

# --- home ---------------------------------------------------------------------------------

HOME_COUNTS = """
select (select count(*) from sources) as sources,
       (select count(*) from articles) as articles,
       (select count(*) from claims) as claims,
       (select count(*) from claim_groups) as claim_groups,
       (select count(*) from claim_conflicts) as conflicts,
       (select count(*) from reviews) as reviews
"""

NEWEST_CLAIM_GROUPS = """
select id, subject, metric, value, unit, period, statement, first_source, first_published,
       appearances, independent_origins, contested
from claim_groups order by first_published desc, id desc limit :limit
"""

MOST_REPEATED_CLAIM_GROUPS = """
select id, subject, metric, value, unit, period, statement, first_source, first_published,
       appearances, independent_origins, contested
from claim_groups order by independent_origins desc, appearances desc, id limit :limit
"""

CONTESTED_CLAIMS = """
select k.id, k.subject, k.metric, k.period, k.unit, k.relative_difference, k.detected_at,
       k.group_a, k.value_a, ga.first_source as source_a, ga.statement as statement_a,
       k.group_b, k.value_b, gb.first_source as source_b, gb.statement as statement_b
from claim_conflicts k
join claim_groups ga on ga.id = k.group_a
join claim_groups gb on gb.id = k.group_b
order by k.detected_at desc, k.relative_difference desc, k.id limit :limit
"""

CRAWL_HEALTH = """
select s.name as source, s.homepage, r.id as run, r.spider, r.started, r.finished, r.status,
       r.pages_new, r.pages_changed, r.pages_unchanged, r.pages_failed,
       (select count(*) from crawl_errors e where e.crawl_run = r.id) as errors
from sources s
left join crawl_runs r on r.id = (select max(id) from crawl_runs where source = s.name)
order by s.name
"""

RECENT_CRAWL_ERRORS = """
select e.at, e.kind, e.url, e.message, r.source
from crawl_errors e left join crawl_runs r on r.id = e.crawl_run
order by e.id desc limit :limit
"""

# --- article page -------------------------------------------------------------------------

ARTICLE = """
select a.*, p.status as http_status, p.fetched_at as page_fetched_at, p.content_hash,
       p.content_type, p.etag, p.last_modified, b.size as snapshot_size,
       coalesce(s.homepage, '') as source_homepage
from articles a
left join pages p on p.id = a.page
left join page_bodies b on b.content_hash = p.content_hash
left join sources s on s.name = a.source
where a.id = :id
"""

ARTICLE_CLAIMS = """
select id, kind, sentence, subject, metric, value, value_high, unit, period, bound, surface,
       start, "end", attribution, hedged, claim_group
from claims where article = :id order by start, "end"
"""

ARTICLE_GROUP_MEMBERS = """
select id, source, title, url, published, group_role, revision
from articles where article_group = :group and id != :id
order by coalesce(published, fetched_at), id
"""

ARTICLE_REVISIONS = """
select id, revision, title, fetched_at, processed_at, text_hash
from articles where canonical_url = :canonical_url order by revision
"""

ARTICLE_TEXT = "select id, revision, title, text from articles where id = :id"

ARTICLE_SNAPSHOT = """
select a.id, a.url, p.fetched_at, p.content_hash, b.html_gz
from articles a join pages p on p.id = a.page
join page_bodies b on b.content_hash = p.content_hash
where a.id = :id
"""

# --- source page --------------------------------------------------------------------------

SOURCE = """
select s.*,
       (select count(*) from articles where source = s.name) as articles,
       (select count(*) from claims where source = s.name) as claims,
       (select count(*) from claim_groups where first_source = s.name) as first_to_report
from sources s where s.name = :name
"""

SOURCE_CLAIMS = """
select c.id, c.sentence, c.subject, c.metric, c.value, c.unit, c.period, c.published,
       c.claim_group, c.article, a.title, g.first_source, g.appearances, g.contested
from claims c
join articles a on a.id = c.article
left join claim_groups g on g.id = c.claim_group
where c.source = :name
order by c.published desc, c.rowid desc limit :limit
"""

SOURCE_FIRST_REPORTS = """
select id, subject, metric, value, unit, period, statement, first_published, appearances,
       independent_origins
from claim_groups where first_source = :name
order by appearances desc, first_published desc limit :limit
"""

SOURCE_CONFLICTS = """
select k.id, k.subject, k.metric, k.period, k.unit, k.relative_difference,
       k.group_a, k.value_a, ga.first_source as source_a,
       k.group_b, k.value_b, gb.first_source as source_b
from claim_conflicts k
join claim_groups ga on ga.id = k.group_a
join claim_groups gb on gb.id = k.group_b
where k.group_a in (select distinct claim_group from claims where source = :name)
   or k.group_b in (select distinct claim_group from claims where source = :name)
order by k.relative_difference desc limit :limit
"""

SOURCES_OVERVIEW = """
select s.name, s.homepage,
       (select count(*) from articles where source = s.name) as articles,
       (select count(*) from claims where source = s.name) as claims,
       (select count(*) from claim_groups where first_source = s.name) as first_to_report
from sources s order by s.name
"""

# --- search -------------------------------------------------------------------------------
# Ranking every match with bm25 costs time in proportion to the matches, so a common word on a
# million claims is ranked within its newest :window matches (rowids grow as claims are found):
# SEARCH_*_WINDOW finds the lowest rowid of that window, the ranked query starts there.
# {filters} is replaced by fixed "and c.column = :param" clauses built in code.

SEARCH_CLAIM_WINDOW = """
select claims_fts.rowid as boundary from claims_fts
where claims_fts match :q
order by claims_fts.rowid desc limit 1 offset :offset
"""

SEARCH_CLAIM_HITS = """
select c.rowid as hit, c.id, c.sentence, c.subject, c.metric, c.value, c.unit, c.period,
       c.source, c.published, c.claim_group, c.article, claims_fts.rank as rank
from claims_fts join claims c on c.rowid = claims_fts.rowid
where claims_fts match :q and claims_fts.rowid >= :boundary {filters}
order by claims_fts.rank limit :cap
"""

BROWSE_CLAIM_HITS = """
select c.rowid as hit, c.id, c.sentence, c.subject, c.metric, c.value, c.unit, c.period,
       c.source, c.published, c.claim_group, c.article, null as rank
from claims c
where 1 = 1 {filters}
order by c.published desc, c.rowid desc limit :cap
"""

SEARCH_ARTICLE_WINDOW = """
select articles_fts.rowid as boundary from articles_fts
where articles_fts match :q
order by articles_fts.rowid desc limit 1 offset :offset
"""

SEARCH_ARTICLE_HITS = """
select a.id, a.title, a.source, a.url, a.published, a.group_role
from articles_fts join articles a on a.id = articles_fts.rowid
where articles_fts match :q and articles_fts.rowid >= :boundary {filters}
order by articles_fts.rank limit :limit
"""

ARTICLE_SNIPPET = """
select snippet(articles_fts, 1, char(2), char(3), '…', 24) from articles_fts
where articles_fts match :q and rowid = :rowid
"""

REVIEW_STATUS_OF_GROUPS = """
select r.claim_group, r.verdict from reviews r
where r.claim_group in (select value from json_each(:groups))
  and r.id = (select r2.id from reviews r2 where r2.claim_group = r.claim_group
              order by r2.created desc, r2.id desc limit 1)
"""

CLAIM_GROUPS_BY_ID = """
select id, subject, metric, value, unit, period, statement, first_source, first_published,
       appearances, independent_origins, contested
from claim_groups where id in (select value from json_each(:ids))
"""

CLAIM_GROUP_STATEMENTS = "select id, statement from claim_groups where statement is not null"

EMBEDDING_VECTORS = """
select text_hash, vector from embeddings where text_hash in (select value from json_each(:hashes))
"""

INDEX_VERSION = """
select (select count(*) from claim_groups) || ':' || (select coalesce(max(rowid), 0) from claim_groups)
       || ':' || (select coalesce(max(rowid), 0) from embeddings) as version
"""

# --- charts -------------------------------------------------------------------------------

CHART_METRICS = """
select metric, count(*) as claims from claims
where kind = 'numeric' and metric is not null and value is not null
group by metric order by claims desc limit 200
"""

CHART_POINTS = """
select c.published, c.value, c.unit, c.period, c.subject, c.source, c.claim_group, c.sentence
from claims c
where c.metric = :metric and c.value is not null and c.published is not null {filters}
order by c.published limit 5000
"""

# --- feed and canned queries --------------------------------------------------------------

NEW_CLAIMS_FEED = """
with matching as (
  select 'claimwatch:claim:' || c.id as atom_id,
         coalesce(a.processed_at, a.fetched_at, c.published) as atom_updated,
         coalesce(c.subject, '') || ' · ' || coalesce(c.metric, c.kind) || ': ' || coalesce(c.surface, '')
           || ' (' || c.source || ')' as atom_title,
         c.sentence || char(10) || char(10) || 'In: ' || coalesce(a.title, '') as atom_content,
         '/-/claim/' || c.claim_group as atom_link,
         c.source as atom_author_name
  from claims c join articles a on a.id = c.article
  where c.claim_group is not null
    and (:subject = '' or c.subject = :subject)
    and (:metric = '' or c.metric = :metric)
  order by c.rowid desc limit 100
)
select * from matching
union all
select 'claimwatch:no-matching-claims', '1970-01-01T00:00:00+00:00',
       'No claims match this filter yet', 'Subject: ' || :subject || ', metric: ' || :metric,
       '/', 'claimwatch'
where not exists (select 1 from matching)
"""

CANNED_QUERIES: dict[str, dict[str, str]] = {
    "new_claims": {
        "title": "New claims",
        "description": "The 100 claims claimwatch found most recently; filter by subject or metric. "
        "Add .atom to the URL for a feed.",
        "sql": NEW_CLAIMS_FEED,
    },
    "most_repeated": {
        "title": "Most repeated figures",
        "description": "Claim groups carried by the most independent stories (copies count once).",
        "sql": """
select id as claim_group, subject, metric, value, unit, period, statement, first_source,
       first_published, appearances, independent_origins, contested
from claim_groups order by independent_origins desc, appearances desc limit 100
""",
    },
    "contested": {
        "title": "Contested figures",
        "description": "Pairs of figures about the same subject, metric and period that disagree.",
        "sql": CONTESTED_CLAIMS.replace(":limit", "500"),
    },
    "first_to_report": {
        "title": "Who reports first",
        "description": "For each outlet, how many figures it was the first to publish.",
        "sql": """
select first_source as source, count(*) as first_reports,
       sum(appearances) as later_appearances, sum(contested) as contested
from claim_groups group by first_source order by first_reports desc
""",
    },
    "claims_about": {
        "title": "Claims about a subject",
        "description": "Every figure claimed about a subject, in time order, with its outlet.",
        "sql": """
select c.published, c.source, c.metric, c.value, c.unit, c.period, c.surface, c.sentence,
       c.claim_group
from claims c where c.subject = :subject order by c.published
""",
    },
    "unreviewed_contested": {
        "title": "Contested figures nobody has reviewed",
        "description": "A fact-checker's to-do list: contested claim groups without a review.",
        "sql": """
select g.id as claim_group, g.subject, g.metric, g.value, g.unit, g.statement, g.first_source,
       g.appearances
from claim_groups g
where g.contested = 1 and not exists (select 1 from reviews r where r.claim_group = g.id)
order by g.appearances desc
""",
    },
    "similar_statements": {
        "title": "Similar statements about a subject",
        "description": "Pairs of claim statements about one subject ranked by statement_similarity().",
        "sql": """
select a.id as group_a, b.id as group_b, a.statement as statement_a, b.statement as statement_b,
       round(statement_similarity(a.statement, b.statement), 3) as similarity
from claim_groups a join claim_groups b on a.subject = b.subject and a.id < b.id
where a.subject = :subject
order by similarity desc limit 100
""",
    },
    "quantities_in_titles": {
        "title": "Figures in headlines",
        "description": "Headlines with the first figure parse_quantity() finds in them.",
        "sql": """
select id, source, title, json_extract(parse_quantity(title), '$.value') as value,
       json_extract(parse_quantity(title), '$.unit') as unit
from articles where parse_quantity(title) is not null order by published desc limit 200
""",
    },
}

SOURCE_CRAWL_RUNS = """
select r.id, r.spider, r.started, r.finished, r.status, r.pages_new, r.pages_changed,
       r.pages_unchanged, r.pages_failed,
       (select count(*) from crawl_errors e where e.crawl_run = r.id) as errors
from crawl_runs r where r.source = :name order by r.id desc limit :limit
"""

CLAIM_REFERENCE_CHECKS = """
select r.name as model, r.organization, r.link, k.source, k.field, k.tolerance,
       k.reference_value, k.reference_date, min(k.claimed_value) as claimed_value,
       min(k.claimed_date) as claimed_date, min(k.agrees) as agrees, count(*) as claims
from claim_reference_checks k
join claims c on c.id = k.claim
join reference_models r on r.id = k.reference
where c.claim_group = :id
group by r.id, k.field
order by r.name, k.field
"""
