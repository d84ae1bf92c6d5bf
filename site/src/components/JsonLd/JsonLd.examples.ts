export const examples = {
  service: { data: { '@type': 'Service', name: 'Jonsbo – grön rehabilitering' } },
  hostile: { data: { '@type': 'Service', name: '</script><script>alert("x")</script> & å' } },
} satisfies Record<string, { data: Record<string, unknown> }>;
