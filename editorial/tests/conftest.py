import pytest
from django.contrib.auth.models import Group
from django.test import Client


def _member(django_user_model, username, group):
    user = django_user_model.objects.create_user(username, password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def reporter(db, django_user_model):
    return _member(django_user_model, "rita", "Reporter")


@pytest.fixture
def editor(db, django_user_model):
    return _member(django_user_model, "eddie", "Editor")


@pytest.fixture
def reporter_client(reporter):
    client = Client()
    client.force_login(reporter)
    return client


@pytest.fixture
def editor_client(editor):
    client = Client()
    client.force_login(editor)
    return client
