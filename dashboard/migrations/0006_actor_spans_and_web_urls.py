"""Actor spans stored at load time (article pages mark actors without running extraction),
and article URLs restricted to http/https: any other address already stored is cleared, so
no page can render it as a link."""

import django.core.validators
import django.db.models.deletion
from django.db import migrations, models


def clear_other_schemes(apps, schema_editor) -> None:
    Article = apps.get_model("dashboard", "Article")
    web = models.Q(url__istartswith="http://") | models.Q(url__istartswith="https://")
    Article.objects.exclude(url="").exclude(web).update(url="")


class Migration(migrations.Migration):

    dependencies = [
        ('dashboard', '0005_sqlite_full_text'),
    ]

    operations = [
        migrations.AlterField(
            model_name='article',
            name='url',
            field=models.URLField(blank=True, max_length=1000, validators=[django.core.validators.URLValidator(schemes=['http', 'https'])]),
        ),
        migrations.RunPython(clear_other_schemes, migrations.RunPython.noop),
        migrations.CreateModel(
            name='ActorSpan',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('start', models.PositiveIntegerField()),
                ('end', models.PositiveIntegerField()),
                ('actor', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='spans', to='dashboard.actor')),
                ('article', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='actor_spans', to='dashboard.article')),
            ],
            options={
                'ordering': ['article_id', 'start'],
                'indexes': [models.Index(fields=['article', 'start'], name='dashboard_a_article_ca9e5a_idx')],
            },
        ),
    ]
