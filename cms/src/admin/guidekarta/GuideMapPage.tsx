import { Box, Button, Link as DsLink, Flex, Typography } from '@strapi/design-system';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { type GuideMap, type GuideMapNode, guideFlowMap } from '@vg/shared-schema';
import { widenedText } from '@vg/shared-schema/guide';
import * as React from 'react';
import { Link } from 'react-router-dom';
import { errorText } from '../intake/rules';
import {
  BOX,
  DRAFT_URL,
  type Drawing,
  draftOf,
  draw,
  EDIT_PATH,
  NODE_KIND,
  type PathSuggestionsAnswer,
  pathSteps,
  STATUS_TEXT,
  SUGGESTIONS_URL,
  TEXT,
  type TriedPath,
  tryPath,
} from './rules';

const COLOURS = {
  ok: { fill: '#ffffff', stroke: '#4945ff' },
  utfall: { fill: '#eafbe7', stroke: '#328048' },
  oatkomlig: { fill: '#f6f6f9', stroke: '#8e8ea9' },
  atervandsgrand: { fill: '#fcecea', stroke: '#d02b20' },
  saknas: { fill: '#fcecea', stroke: '#d02b20' },
  path: '#271fe0',
} as const;

const colourOf = (n: GuideMapNode) => (n.status !== 'ok' ? COLOURS[n.status] : n.typ === 'utfall' ? COLOURS.utfall : COLOURS.ok);

/** The map itself. Purely a picture: the list under it says the same for screen readers and keyboard users. */
function Diagram({ drawing, path }: { drawing: Drawing; path: TriedPath }) {
  const onPath = new Set(path.noder);
  const taken = new Set(path.pilar.map((p) => p.regel));
  return (
    <Box
      overflow="auto"
      borderColor="neutral200"
      hasRadius
      background="neutral100"
      padding={2}
      style={{ borderStyle: 'solid', borderWidth: 1 }}
    >
      <svg
        role="img"
        aria-label={TEXT.diagramLabel}
        width={drawing.width}
        height={drawing.height}
        viewBox={`0 0 ${drawing.width} ${drawing.height}`}
        data-testid="guidekarta-diagram"
      >
        <defs>
          <marker id="vg-pil" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" fill="#666687" />
          </marker>
          <marker id="vg-pil-vag" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" fill={COLOURS.path} />
          </marker>
        </defs>
        {drawing.edges.map((e) => {
          const on = taken.has(e.edge.regel);
          return (
            <g key={e.edge.regel} data-regel={e.edge.regel + 1} data-status={e.edge.status}>
              <title>{`Regel ${e.edge.regel + 1}: ${e.edge.villkor} → ${e.edge.till}`}</title>
              <path
                d={e.d}
                fill="none"
                stroke={on ? COLOURS.path : '#8e8ea9'}
                strokeWidth={on ? 3 : 1.5}
                strokeDasharray={e.edge.status === 'ok' ? undefined : '5 4'}
                markerEnd={on ? 'url(#vg-pil-vag)' : 'url(#vg-pil)'}
              />
              <text
                x={e.labelX}
                y={e.labelY}
                fontSize="11"
                fill={on ? COLOURS.path : '#32324d'}
                stroke="#f6f6f9"
                strokeWidth={3}
                paintOrder="stroke"
              >
                {e.label}
              </text>
            </g>
          );
        })}
        {drawing.nodes.map(({ node, x, y, lines }) => {
          const c = colourOf(node);
          const mark = STATUS_TEXT[node.status];
          return (
            <g key={node.nyckel} data-nyckel={node.nyckel} data-status={node.status}>
              <rect
                x={x}
                y={y}
                width={BOX.width}
                height={BOX.height}
                rx={6}
                fill={c.fill}
                stroke={onPath.has(node.nyckel) ? COLOURS.path : c.stroke}
                strokeWidth={onPath.has(node.nyckel) ? 3 : 1.5}
                strokeDasharray={node.status === 'oatkomlig' || node.status === 'saknas' ? '6 4' : undefined}
              />
              <text x={x + 10} y={y + 17} fontSize="11" fill="#666687">
                {NODE_KIND[node.typ]} · {node.nyckel}
                {node.nyckel === path.noder[0] ? ` · ${TEXT.start}` : ''}
              </text>
              {lines.map((line, i) => (
                <text key={line} x={x + 10} y={y + 35 + i * 15} fontSize="13" fill="#32324d">
                  {line}
                </text>
              ))}
              {mark ? (
                <text x={x + 10} y={y + BOX.height - 8} fontSize="11" fontWeight="bold" fill={c.stroke}>
                  {mark}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
    </Box>
  );
}

/** The same map as text: every node in column order, its marks and problems, and where each rule leads. */
function NodeList({ map }: { map: GuideMap }) {
  const byKey = new Map(map.noder.map((n) => [n.nyckel, n]));
  const ordered = [...map.noder].sort((a, b) => a.kolumn - b.kolumn || a.rad - b.rad);
  return (
    <Box tag="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {ordered.map((n) => {
        const out = map.pilar.filter((p) => p.fran === n.nyckel);
        return (
          <Box tag="li" key={n.nyckel} paddingTop={3} paddingBottom={3} style={{ borderBottom: '1px solid #eaeaef' }}>
            <Typography tag="h3" variant="delta">
              {NODE_KIND[n.typ]}: {n.rubrik} <Typography variant="pi">({n.nyckel})</Typography>
              {STATUS_TEXT[n.status] ? (
                <Typography variant="pi" fontWeight="bold" textColor="danger600">
                  {' '}
                  – {STATUS_TEXT[n.status]}
                </Typography>
              ) : null}
            </Typography>
            {n.problem.map((p) => (
              <Typography key={p} tag="p" variant="pi" textColor="danger600">
                {p}
              </Typography>
            ))}
            {out.length > 0 ? (
              <ul>
                {out.map((p) => (
                  <li key={p.regel}>
                    <Typography variant="omega">
                      Regel {p.regel + 1}: {p.villkor} → {byKey.get(p.till)?.rubrik ?? p.till} ({p.till})
                      {p.status === 'anvands-aldrig' ? ' – används aldrig' : ''}
                    </Typography>
                  </li>
                ))}
              </ul>
            ) : null}
          </Box>
        );
      })}
    </Box>
  );
}

/** "Prova en väg": the editor answers one step at a time; the map highlights the path and says where it ends. */
function TryPath({ path, choose, back, reset }: { path: TriedPath; choose: (regel: number) => void; back: () => void; reset: () => void }) {
  const here = path.here;
  return (
    <Box tag="section" aria-labelledby="vg-prova" padding={4} background="neutral0" hasRadius shadow="tableShadow">
      <Typography tag="h2" variant="beta" id="vg-prova">
        {TEXT.tryHeading}
      </Typography>
      <Typography tag="p">{TEXT.tryIntro}</Typography>
      <Box role="status" paddingTop={2} paddingBottom={2}>
        <Typography tag="p" fontWeight="bold">
          {here?.typ === 'utfall'
            ? TEXT.tryDone(here.rubrik)
            : here?.typ === 'fraga' && path.next.length > 0
              ? TEXT.tryAt(here.rubrik)
              : TEXT.tryStuck}
        </Typography>
      </Box>
      {path.next.length > 0 ? (
        <Flex gap={2} wrap="wrap" tag="ul" style={{ listStyle: 'none', padding: 0 }}>
          {path.next.map((p) => (
            <li key={p.regel}>
              <Button variant="secondary" onClick={() => choose(p.regel)}>
                {p.villkor}
              </Button>
            </li>
          ))}
        </Flex>
      ) : null}
      <Flex gap={2} paddingTop={3}>
        <Button variant="tertiary" onClick={back} disabled={path.pilar.length === 0}>
          {TEXT.tryBack}
        </Button>
        <Button variant="tertiary" onClick={reset} disabled={path.pilar.length === 0}>
          {TEXT.tryReset}
        </Button>
      </Flex>
    </Box>
  );
}

type Suggested =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ok'; answer: PathSuggestionsAnswer };

/**
 * Under a path that ends in an outcome: the insatser the site suggests for those answers with the
 * published content, ranked as the site ranks them, with the site's reasons. The editor picks
 * the kommun the path's kommun question needs; the count is announced politely.
 */
function PathInsatser({ draft, path }: { draft: Record<string, unknown> | undefined; path: TriedPath }) {
  const { post } = useFetchClient();
  const [kommun, setKommun] = React.useState('');
  const [suggested, setSuggested] = React.useState<Suggested>({ state: 'idle' });
  const atOutcome = path.here?.typ === 'utfall';
  const steg = React.useMemo(() => pathSteps(draft, path.pilar), [draft, path.pilar]);
  const request = JSON.stringify({ steg, ...(kommun ? { kommun } : {}) });
  React.useEffect(() => {
    if (!atOutcome) {
      setSuggested({ state: 'idle' });
      return;
    }
    let live = true;
    setSuggested({ state: 'loading' });
    post<{ data: PathSuggestionsAnswer }>(SUGGESTIONS_URL, JSON.parse(request)).then(
      (res) => live && setSuggested({ state: 'ok', answer: res.data.data }),
      (error: unknown) => live && setSuggested({ state: 'error', message: errorText(error) }),
    );
    return () => {
      live = false;
    };
  }, [atOutcome, request, post]);
  const [kommuner, setKommuner] = React.useState<PathSuggestionsAnswer['kommuner']>([]);
  React.useEffect(() => {
    if (suggested.state === 'ok' && suggested.answer.kommuner.length > 0) setKommuner(suggested.answer.kommuner);
  }, [suggested]);

  if (!atOutcome) return null;
  const answer = suggested.state === 'ok' ? suggested.answer : undefined;
  const asksKommun = answer ? answer.lage === 'valj-kommun' || answer.kommun !== null : kommun !== '';
  const status =
    suggested.state === 'loading'
      ? TEXT.insatserLoading
      : suggested.state === 'error'
        ? suggested.message
        : !answer
          ? ''
          : answer.lage === 'valj-kommun'
            ? TEXT.chooseKommun(answer.nod.rubrik)
            : answer.lage === 'stannar'
              ? TEXT.stops(answer.nod.rubrik)
              : answer.lage === 'inga-insatser'
                ? TEXT.insatserNone(answer.nod.rubrik)
                : TEXT.insatserCount(answer.antal, answer.insatser.length);
  const widened = answer ? widenedText(answer.vidgat, answer.kommun?.namn ?? null, answer.forbund) : null;
  return (
    <Box tag="section" aria-labelledby="vg-insatser" padding={4} background="neutral0" hasRadius shadow="tableShadow">
      <Typography tag="h2" variant="beta" id="vg-insatser">
        {TEXT.insatserHeading}
      </Typography>
      <Typography tag="p" variant="pi">
        {TEXT.insatserIntro}
      </Typography>
      {asksKommun && kommuner.length > 0 ? (
        <Flex gap={2} paddingTop={2} alignItems="center">
          <label htmlFor="vg-kommun">
            <Typography fontWeight="bold">{TEXT.kommunLabel}</Typography>
          </label>
          <select id="vg-kommun" value={kommun} onChange={(e) => setKommun(e.target.value)}>
            <option value="">{TEXT.kommunNone}</option>
            {kommuner.map((k) => (
              <option key={k.kod} value={k.kod}>
                {k.namn}
              </option>
            ))}
          </select>
        </Flex>
      ) : null}
      <Box role="status" aria-live="polite" paddingTop={2} paddingBottom={2}>
        <Typography tag="p" fontWeight="bold" textColor={suggested.state === 'error' ? 'danger600' : undefined}>
          {status}
        </Typography>
        {widened ? <Typography tag="p">{TEXT.widened(widened)}</Typography> : null}
        {answer && answer.lage !== 'valj-kommun' && answer.lage !== 'stannar' && answer.nod.nyckel !== path.here?.nyckel ? (
          <Typography tag="p">{TEXT.otherOutcome(answer.nod.rubrik)}</Typography>
        ) : null}
      </Box>
      {answer && answer.insatser.length > 0 ? (
        <ol aria-labelledby="vg-insatser">
          {answer.insatser.map((ins) => (
            <li key={`${ins.namn}:${ins.organisation}`}>
              <Typography fontWeight="bold">{ins.namn}</Typography> <Typography variant="pi">– {ins.organisation}</Typography>
              {ins.skal.length > 0 ? (
                <Typography tag="p" variant="pi">
                  {TEXT.reasons}: {ins.skal.join(' · ')}
                </Typography>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
      {answer && (answer.saknas.length > 0 || answer.utelamnade > 0) ? (
        <ul>
          {answer.saknas.map((m) => (
            <li key={`${m.fraga}:${m.villkor}:${m.varde ?? ''}`}>
              <Typography>{TEXT.missingRule(m.fraga, m.varde ? `${m.villkor} ${m.varde}` : m.villkor)}</Typography>
            </li>
          ))}
          {answer.utelamnade > 0 ? (
            <li>
              <Typography>{TEXT.skipped(answer.utelamnade)}</Typography>
            </li>
          ) : null}
        </ul>
      ) : null}
      {answer && answer.svar.length > 0 && answer.lage !== 'valj-kommun' ? (
        <Box paddingTop={2}>
          <Typography tag="h3" variant="delta">
            {TEXT.answersHeading}
          </Typography>
          <dl>
            {answer.svar.map((row) => (
              <React.Fragment key={row.nyckel}>
                <dt>
                  <Typography variant="pi">{row.fraga}</Typography>
                </dt>
                <dd style={{ marginLeft: 16 }}>
                  <Typography variant="pi" fontWeight="bold">
                    {row.svar}
                  </Typography>
                </dd>
              </React.Fragment>
            ))}
          </dl>
        </Box>
      ) : null}
    </Box>
  );
}

type Loaded =
  | { state: 'loading' }
  | { state: 'error'; status?: number; message: string }
  | { state: 'ok'; map: GuideMap; draft: Record<string, unknown> | undefined };

/** Guidekarta: the Hitta rätt draft as a map, its problems, and a way to try a path through it. */
export default function GuideMapPage() {
  const { get } = useFetchClient();
  const [loaded, setLoaded] = React.useState<Loaded>({ state: 'loading' });
  const [chosen, setChosen] = React.useState<number[]>([]);
  React.useEffect(() => {
    let live = true;
    get(DRAFT_URL).then(
      (answer) => {
        const draft = draftOf(answer.data);
        if (live) setLoaded({ state: 'ok', map: guideFlowMap(draft ?? {}), draft });
      },
      (error: { status?: number; response?: { status?: number } }) =>
        live && setLoaded({ state: 'error', status: error.status ?? error.response?.status, message: errorText(error) }),
    );
    return () => {
      live = false;
    };
  }, [get]);

  const map = loaded.state === 'ok' ? loaded.map : undefined;
  const drawing = React.useMemo(() => (map ? draw(map) : undefined), [map]);
  const path = React.useMemo(() => (map ? tryPath(map, chosen) : undefined), [map, chosen]);

  if (loaded.state === 'loading') return <Page.Loading>{TEXT.loading}</Page.Loading>;
  return (
    <Page.Main>
      <Page.Title>{TEXT.menu}</Page.Title>
      <Layouts.Header
        title={TEXT.title}
        subtitle={TEXT.intro}
        primaryAction={
          <DsLink tag={Link} to={EDIT_PATH}>
            {TEXT.edit}
          </DsLink>
        }
      />
      <Layouts.Content>
        {loaded.state === 'error' ? (
          <Typography tag="p" role="alert" textColor="danger600">
            {loaded.status === 403 ? TEXT.noAccess : loaded.message}
          </Typography>
        ) : map && drawing && path ? (
          map.noder.length === 0 ? (
            <Typography tag="p">{TEXT.empty}</Typography>
          ) : (
            <Flex direction="column" alignItems="stretch" gap={6}>
              <Box tag="section" aria-labelledby="vg-problem">
                <Typography tag="h2" variant="beta" id="vg-problem">
                  {map.problem.length === 0 ? TEXT.allOk : TEXT.problemsHeading(map.problem.length)}
                </Typography>
                {map.problem.length > 0 ? (
                  <ul>
                    {map.problem.map((p) => (
                      <li key={`${p.path.join('.')}:${p.message}`}>
                        <Typography textColor="danger600">{p.message}</Typography>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </Box>
              <TryPath
                path={path}
                choose={(regel) => setChosen([...path.pilar.map((p) => p.regel), regel])}
                back={() => setChosen(path.pilar.slice(0, -1).map((p) => p.regel))}
                reset={() => setChosen([])}
              />
              <PathInsatser draft={loaded.state === 'ok' ? loaded.draft : undefined} path={path} />
              <Diagram drawing={drawing} path={path} />
              <Box tag="section" aria-labelledby="vg-lista">
                <Typography tag="h2" variant="beta" id="vg-lista">
                  {TEXT.listHeading}
                </Typography>
                <NodeList map={map} />
              </Box>
            </Flex>
          )
        ) : null}
      </Layouts.Content>
    </Page.Main>
  );
}
