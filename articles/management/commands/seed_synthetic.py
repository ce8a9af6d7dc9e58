"""Fill the database with realistic synthetic articles, sources and claims."""

import datetime as dt
import random
import secrets

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone
from rich.progress import Progress

from articles.bulk import insert_with_history
from articles.models import Article, Claim, ConfidenceLevel, Topic, claim_search_names
from sources.models import Source

FIRST = [
    "Anna",
    "Boris",
    "Sergey",
    "Olena",
    "Dmitry",
    "Maria",
    "Taras",
    "Yulia",
    "Pavel",
    "Irina",
    "Oleksandr",
    "Natalia",
]
LAST = [
    "Petrenko",
    "Ivanov",
    "Kovalenko",
    "Smirnov",
    "Shevchenko",
    "Volkov",
    "Bondarenko",
    "Popova",
    "Melnyk",
    "Orlov",
]
# Other spellings, as a transliteration desk would record them.
RESPELL = {
    "Sergey": "Sergei",
    "Dmitry": "Dmitri",
    "Olena": "Elena",
    "Oleksandr": "Alexander",
}
ORGS = [
    "Ministry of Defence",
    "Army General Staff",
    "Red Cross",
    "United Nations",
    "Energy Agency",
    "Central Bank",
    "Border Guard",
    "Regional Council",
    "Grain Exporters Union",
    "Kyiv City Administration",
]
OUTLETS = [
    "Meduza",
    "Kyiv Independent",
    "Reuters",
    "Novaya Gazeta",
    "Ukrainska Pravda",
    "BBC Monitoring",
]
PLACES = [
    "Kherson",
    "Kharkiv",
    "Odesa",
    "Mariupol",
    "Zaporizhzhia",
    "Bakhmut",
    "Donetsk",
    "Mykolaiv",
    "Crimea",
    "Belgorod",
]
SUBJECTS = [
    "withdrawal",
    "ceasefire talks",
    "grain exports",
    "energy supplies",
    "prisoner exchange",
    "shelling",
    "sanctions",
    "mobilisation",
    "reconstruction",
    "evacuation",
]
VERBS = [
    "said",
    "confirmed",
    "told reporters",
    "claimed",
    "announced",
    "denied",
    "warned",
    "according to",
]
STATEMENTS = [
    "troops will complete the {subject} near {place} within days",
    "the {subject} around {place} was planned weeks in advance",
    "civilian losses in {place} are far higher than officially reported",
    "talks on {subject} could resume before the winter",
    "the bridge at {place} will reopen for traffic next month",
    "no decision on {subject} has been taken yet",
    "power has been restored to most districts of {place}",
    "the {subject} is a direct result of the offensive near {place}",
]
RARE_PLACES = ["Chornobaivka", "Snihurivka", "Vysokopillia", "Davydiv Brid"]
START = dt.datetime(2015, 1, 1, tzinfo=dt.UTC)
ARTICLE_STATUSES = [
    (Article.Status.PUBLISHED, 0.90),
    (Article.Status.DRAFT, 0.05),
    (Article.Status.IN_REVIEW, 0.03),
    (Article.Status.RETRACTED, 0.02),
]
REVIEW_STATUSES = [
    (Claim.ReviewStatus.ACCEPTED, 0.85),
    (Claim.ReviewStatus.SUGGESTED, 0.10),
    (Claim.ReviewStatus.REJECTED, 0.05),
]


class Command(BaseCommand):
    help = (
        "Add synthetic articles, sources and claims for benchmarks and load tests. "
        "Names, places and statements are drawn from small vocabularies, so that "
        "searches and filters find realistic mixtures: most articles are published, "
        "a few are drafts, in review or retracted; most claims are accepted, some "
        "suggested or rejected; confidence levels are spread unevenly. Rows are "
        "written with bulk inserts (each row with its creation in the history) and slugs carry a random run "
        "tag, so the command can be run again to add more. Example, for the API "
        "benchmark: manage.py seed_synthetic --articles 100000 --claims 1000000"
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--articles", type=int, required=True, help="How many articles to add."
        )
        parser.add_argument(
            "--claims",
            type=int,
            required=True,
            help="How many claims to add, spread over the new articles.",
        )
        parser.add_argument(
            "--sources",
            type=int,
            default=None,
            help="How many sources to add (default: one per 500 claims, at least 50).",
        )
        parser.add_argument(
            "--seed", type=int, default=None, help="Random seed, for repeatable data."
        )
        parser.add_argument(
            "--batch-size",
            type=int,
            default=5000,
            help="Rows per INSERT (default: %(default)s).",
        )

    def handle(self, *args, articles, claims, sources, seed, batch_size, **options):
        if articles < 1 or claims < 0:
            raise CommandError("--articles must be at least 1 and --claims at least 0.")
        self.rng = random.Random(seed)
        self.tag = (
            f"{self.rng.getrandbits(24):06x}"
            if seed is not None
            else secrets.token_hex(3)
        )
        self.batch_size = batch_size
        self.now = timezone.now()  # the date of every history row this run writes
        levels = list(ConfidenceLevel.objects.values_list("code", flat=True))
        if not levels:
            raise CommandError("No confidence levels: run manage.py migrate first.")
        with Progress() as progress:
            with transaction.atomic():
                people = self.make_sources(sources or max(50, claims // 500), progress)
                outlets = [s for s in people if s.kind == Source.Kind.MEDIA_OUTLET]
                topics = self.make_topics()
            self.make_archive(
                articles, claims, people, outlets, topics, levels, progress
            )
        if connection.vendor == "postgresql":
            # Fresh statistics, or the planner guesses its way through the first queries.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        self.stdout.write(
            f"Added {articles} articles, {claims} claims and {len(people)} sources "
            f"(slugs tagged {self.tag})."
        )

    # --- sources and topics --------------------------------------------------

    def make_sources(self, count, progress):
        rng, rows = self.rng, []
        task = progress.add_task("Sources", total=count)
        for n in range(count):
            roll = rng.random()
            if roll < 0.6:
                first, last = rng.choice(FIRST), rng.choice(LAST)
                name, kind = f"{first} {last}", Source.Kind.PERSON
                aliases = f"{RESPELL[first]} {last}" if first in RESPELL else ""
            elif roll < 0.8:
                name, kind, aliases = rng.choice(ORGS), Source.Kind.GOVERNMENT_BODY, ""
            elif roll < 0.9:
                name, kind, aliases = rng.choice(OUTLETS), Source.Kind.MEDIA_OUTLET, ""
            else:
                name = f"{rng.choice(['Kremlin', 'military', 'diplomatic'])} insider"
                kind, aliases = Source.Kind.ANONYMOUS, ""
            rows.append(
                Source(
                    name=name,
                    slug=f"syn-{self.tag}-source-{n}",
                    kind=kind,
                    aliases=aliases,
                    country=rng.choice(["RU", "UA", "LV", "GB", ""]),
                    reliability=rng.choice("ABCDEF"),
                )
            )
        insert_with_history(Source, rows, user=None, date=self.now)
        progress.update(task, completed=count)
        return rows

    def make_topics(self):
        rows = [
            Topic(name=p, slug=f"syn-{self.tag}-{p.lower()}", kind=Topic.Kind.PLACE)
            for p in PLACES
        ] + [
            Topic(
                name=s.capitalize(),
                slug=f"syn-{self.tag}-{s.replace(' ', '-')}",
                kind=Topic.Kind.SUBJECT,
            )
            for s in SUBJECTS
        ]
        insert_with_history(Topic, rows, user=None, date=self.now)
        return rows

    # --- articles and their claims -----------------------------------------

    def make_archive(
        self, articles, claims, sources, outlets, topics, levels, progress
    ):
        """Articles in batches, each written with its claims: an article's body is
        made of its claims' sentences, so every claim's offsets are true."""
        rng = self.rng
        per_article = [0] * articles
        for _ in range(claims):
            per_article[rng.randrange(articles)] += 1
        article_task = progress.add_task("Articles", total=articles)
        claim_task = progress.add_task("Claims", total=claims)
        for first in range(0, articles, self.batch_size // 10 or 1):
            batch = range(first, min(articles, first + (self.batch_size // 10 or 1)))
            rows, pending = [], []
            for n in batch:
                article, article_claims = self.article(
                    n, per_article[n], sources, outlets, levels
                )
                rows.append(article)
                pending.append(article_claims)
            with transaction.atomic():
                insert_with_history(Article, rows, user=None, date=self.now)
                made = rows
                Through = Article.topics.through
                Through.objects.bulk_create(
                    Through(article_id=a.pk, topic_id=t.pk)
                    for a in made
                    for t in rng.sample(topics, 2)
                )
                for article, article_claims in zip(made, pending, strict=True):
                    for claim in article_claims:
                        claim.article_id = article.pk
                insert_with_history(
                    Claim,
                    [c for article_claims in pending for c in article_claims],
                    user=None,
                    date=self.now,
                )
            progress.update(article_task, advance=len(rows))
            progress.update(claim_task, advance=sum(len(c) for c in pending))

    def article(self, n, claim_count, sources, outlets, levels):
        rng = self.rng
        place, subject = rng.choice(PLACES), rng.choice(SUBJECTS)
        status = rng.choices(*zip(*ARTICLE_STATUSES, strict=True))[0]
        published_at = START + dt.timedelta(minutes=rng.randrange(10 * 365 * 24 * 60))
        paragraphs, claims, offset = [], [], 0
        for _ in range(claim_count):
            source = rng.choice(sources)
            via = rng.choice(outlets) if outlets and rng.random() < 0.15 else None
            if via == source:
                via = None
            # About one claim in a thousand names a rarely mentioned village:
            # the rare search terms of the benchmark.
            place = rng.choice(RARE_PLACES if rng.random() < 0.001 else PLACES)
            statement = rng.choice(STATEMENTS).format(
                subject=rng.choice(SUBJECTS), place=place
            )
            text = f"{source.name} {rng.choice(VERBS)} {statement}."
            paragraphs.append(text)
            claims.append(
                Claim(
                    source_id=source.pk,
                    via_id=via.pk if via else None,
                    text=text,
                    start=offset,
                    end=offset + len(text),
                    is_direct_quote=rng.random() < 0.3,
                    cue="said",
                    claimed_on=published_at.date(),
                    confidence_id=rng.choices(
                        levels, [3 if c in "36" else 1 for c in levels]
                    )[0],
                    review_status=rng.choices(*zip(*REVIEW_STATUSES, strict=True))[0],
                    search_names=claim_search_names(source, via),
                )
            )
            offset += len(text) + 2
        article = Article(
            headline=f"{subject.capitalize()} in {place}: report {n}",
            slug=f"syn-{self.tag}-article-{n}",
            standfirst=f"What officials and witnesses say about the {subject} in {place}.",
            body="\n\n".join(paragraphs) or "No statements were recorded.",
            publisher=rng.choice(outlets) if outlets else None,
            url=f"https://example.org/syn/{self.tag}/{n}",
            published_at=published_at,
            language=rng.choice(["en", "en", "en", "uk", "ru", "de"]),
            status=status,
            retraction_note="Sources could not be verified."
            if status == Article.Status.RETRACTED
            else "",
        )
        return article, claims
