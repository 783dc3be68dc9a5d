-- Demo data: Samordningsförbundet Uppsala län and its partners as in the 2022 PMs, plus a second
-- förbund that exists to prove tenant isolation. Loaded only when uppfoljning.demo-data=true.

insert into forbund (kod, namn) values
    ('uppsala-lan', 'Samordningsförbundet Uppsala län'),
    ('demo-annat', 'Samordningsförbundet Annat län (test)')
on conflict (kod) do nothing;

insert into partner (forbund_id, organisation, namn, typ)
select f.id, p.organisation, p.namn, p.typ
from forbund f
join (values
    ('uppsala-lan', 'kansliet', 'Kansliet, Samordningsförbundet Uppsala län', 'KANSLI'),
    ('uppsala-lan', 'enkoping', 'Enköpings kommun', 'KOMMUN'),
    ('uppsala-lan', 'heby', 'Heby kommun', 'KOMMUN'),
    ('uppsala-lan', 'habo', 'Håbo kommun', 'KOMMUN'),
    ('uppsala-lan', 'knivsta', 'Knivsta kommun', 'KOMMUN'),
    ('uppsala-lan', 'tierp', 'Tierps kommun', 'KOMMUN'),
    ('uppsala-lan', 'uppsala', 'Uppsala kommun', 'KOMMUN'),
    ('uppsala-lan', 'alvkarleby', 'Älvkarleby kommun', 'KOMMUN'),
    ('uppsala-lan', 'osthammar', 'Östhammars kommun', 'KOMMUN'),
    ('uppsala-lan', 'region-uppsala', 'Region Uppsala', 'REGION'),
    ('uppsala-lan', 'arbetsformedlingen', 'Arbetsförmedlingen', 'ARBETSFORMEDLINGEN'),
    ('uppsala-lan', 'forsakringskassan', 'Försäkringskassan', 'FORSAKRINGSKASSAN'),
    ('demo-annat', 'kansliet-annat', 'Kansliet, Samordningsförbundet Annat län (test)', 'KANSLI'),
    ('demo-annat', 'arbetsformedlingen', 'Arbetsförmedlingen', 'ARBETSFORMEDLINGEN'),
    ('demo-annat', 'forsakringskassan', 'Försäkringskassan', 'FORSAKRINGSKASSAN')
) as p (forbund, organisation, namn, typ) on p.forbund = f.kod
on conflict (forbund_id, organisation) do nothing;
