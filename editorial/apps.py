from django.apps import AppConfig


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = "Editorial integrity"

    def ready(self):
        from editorial import audit

        audit.connect()
