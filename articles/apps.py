from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = "Articles and claims"

    def ready(self):
        from articles import signals  # noqa: F401  (connects the receivers)
