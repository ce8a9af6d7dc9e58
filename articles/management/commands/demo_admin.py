import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "For local development: make sure a superuser exists (default name 'admin'), "
        "give it a fresh random password and print where and how to log in. "
        "Never use on a production database."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin", help="default: %(default)s")
        parser.add_argument(
            "--url",
            default="http://127.0.0.1:8000/admin/",
            help="printed login address",
        )

    def handle(self, *args, username, url, **options):
        User = get_user_model()
        password = secrets.token_urlsafe(12)
        user, created = User.objects.get_or_create(
            username=username, defaults={"is_staff": True, "is_superuser": True}
        )
        user.is_staff = user.is_superuser = user.is_active = True
        user.set_password(password)
        user.save()
        self.stdout.write(
            self.style.SUCCESS(
                f"\n  Admin login: {url}\n  username: {username}\n  password: {password}\n"
            )
        )
